using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Errors;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;

namespace Jiafu.Subsidy.Features;

/// <summary>
/// The inputs of an application; which ones an item needs: 失业保险返还 <c>insuredStaff</c>, <c>laidOffStaff</c>,
/// <c>lastYearPremium</c>; 奖补 <c>awardCategory</c>, <c>requestedAmount</c>; 培训/鉴定补贴 <c>classId</c>.
/// </summary>
public sealed record ApplicationInputs(
    int? InsuredStaff = null,
    int? LaidOffStaff = null,
    decimal? LastYearPremium = null,
    string? AwardCategory = null,
    decimal? RequestedAmount = null,
    Guid? ClassId = null);

/// <summary>Shapes of the inputs (which are required depends on the item and is checked by the calculator).</summary>
public sealed class ApplicationInputsValidator : AbstractValidator<ApplicationInputs>
{
    public ApplicationInputsValidator()
    {
        RuleFor(x => x.InsuredStaff).InclusiveBetween(1, 100_000);
        RuleFor(x => x.LaidOffStaff).GreaterThanOrEqualTo(0)
            .LessThanOrEqualTo(x => x.InsuredStaff ?? int.MaxValue).WithMessage("At most the insured staff. 不能超过参保职工人数。");
        RuleFor(x => x.LastYearPremium).GreaterThan(0).LessThanOrEqualTo(100_000_000m)
            .Must(v => SubsidyRules.HasAtMostTwoDecimals(v!.Value)).When(x => x.LastYearPremium is not null).WithMessage("At most two decimals. 最多两位小数。");
        RuleFor(x => x.RequestedAmount).GreaterThan(0).LessThanOrEqualTo(100_000_000m)
            .Must(v => SubsidyRules.HasAtMostTwoDecimals(v!.Value)).When(x => x.RequestedAmount is not null).WithMessage("At most two decimals. 最多两位小数。");
        RuleFor(x => x.AwardCategory).Must(c => PolicyItems.AwardCategories.ContainsKey(c!)).When(x => x.AwardCategory is not null)
            .WithMessage("Unknown award category. 奖补类别无效。");
    }
}

/// <summary>Runs an item's rule: reads what it needs through the other modules' contracts and the parameters in force.</summary>
public sealed class SubsidyCalculator(ParameterResolver parameters, IRegistryReader registry, ITrainingReader training, TimeProvider time)
{
    public async Task<(Calculation Calculation, InstitutionSummary Institution)> CalculateAsync(
        string itemCode, int year, Guid institutionId, ApplicationInputs inputs, CancellationToken ct)
    {
        var item = PolicyCatalogue.Find(itemCode);
        if (item is null || !item.AcceptsApplications)
        {
            throw new FieldValidationException("itemCode", "Applications are not taken for this item yet. 该政策项目暂不受理申请。");
        }

        var institution = await registry.FindInstitutionAsync(institutionId, ct)
            ?? throw new FieldValidationException("institutionId", "No such institution. 机构不存在。");
        var p = await parameters.GetAsync(itemCode, year, ParameterResolver.AsOf(year, SubsidyRules.Today(time)), ct);
        var calculation = itemCode switch
        {
            PolicyItems.UnemploymentInsuranceRefund => UnemploymentRefundRule.Calculate(year, p, institutionId,
                Required(inputs.InsuredStaff, "inputs.insuredStaff"), Required(inputs.LaidOffStaff, "inputs.laidOffStaff"),
                Required(inputs.LastYearPremium, "inputs.lastYearPremium")),
            PolicyItems.Award => AwardRule.Calculate(year, p, institutionId,
                Required(inputs.AwardCategory, "inputs.awardCategory"), Required(inputs.RequestedAmount, "inputs.requestedAmount")),
            PolicyItems.TrainingSubsidy or PolicyItems.CertificationSubsidy => TrainingSubsidyRule.Calculate(year, p, itemCode, institutionId,
                await training.GetClassOutcomeAsync(Required(inputs.ClassId, "inputs.classId"), ct)),
            _ => throw new FieldValidationException("itemCode", "Applications are not taken for this item yet. 该政策项目暂不受理申请。"),
        };

        if (!institution.IsActive)
        {
            calculation = calculation with
            {
                Eligible = false,
                Reason = $"The institution is not active ({institution.Status}). 机构不在正常经营状态。",
                Amount = 0m,
            };
        }

        return (calculation, institution);
    }

    private static T Required<T>(T? value, string field) where T : struct =>
        value ?? throw new FieldValidationException(field, "Required for this item. 该项目必填。");

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new FieldValidationException(field, "Required for this item. 该项目必填。") : value.Trim();
}
