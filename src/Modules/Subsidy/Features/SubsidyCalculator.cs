using FluentValidation;
using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Jiafu.Subsidy.Data;
using Microsoft.EntityFrameworkCore;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;

namespace Jiafu.Subsidy.Features;

/// <summary>
/// The inputs of an application; which ones an item needs: 失业保险返还 <c>insuredStaff</c>, <c>laidOffStaff</c>,
/// <c>lastYearPremium</c>; 奖补 <c>awardCategory</c>, <c>requestedAmount</c>; 培训/鉴定补贴 <c>classId</c>; 创业担保贷款贴息
/// <c>lender</c>, <c>loanContractNumber</c>, <c>loanPrincipal</c>, <c>loanStartDate</c>, <c>loanEndDate</c>,
/// <c>interestStatements</c>; 社保补贴 <c>staff</c> (<c>idNumber</c>, <c>name</c>, <c>category</c>, <c>fromMonth</c>,
/// <c>toMonth</c>); 意外伤害保险/健康体检补贴 <c>staff</c> (<c>idNumber</c>, <c>name</c>, <c>cost</c>); 服务费用减免 none
/// (the institution's imported, unclaimed service records of the year).
/// </summary>
public sealed record ApplicationInputs(
    int? InsuredStaff = null,
    int? LaidOffStaff = null,
    decimal? LastYearPremium = null,
    string? AwardCategory = null,
    decimal? RequestedAmount = null,
    Guid? ClassId = null)
{
    /// <summary>创业担保贷款贴息: the lending bank (贷款银行).</summary>
    public string? Lender { get; init; }

    /// <summary>创业担保贷款贴息: the loan contract number (借款合同编号).</summary>
    public string? LoanContractNumber { get; init; }

    /// <summary>创业担保贷款贴息: the principal in yuan (贷款本金).</summary>
    public decimal? LoanPrincipal { get; init; }

    /// <summary>创业担保贷款贴息: the loan term's first day (贷款起始日).</summary>
    public DateOnly? LoanStartDate { get; init; }

    /// <summary>创业担保贷款贴息: the loan term's last day (贷款到期日).</summary>
    public DateOnly? LoanEndDate { get; init; }

    /// <summary>创业担保贷款贴息: the interest actually paid per statement month (还息凭证), months of the application year.</summary>
    public IReadOnlyList<InterestStatement>? InterestStatements { get; init; }

    /// <summary>社保补贴, 意外伤害保险补贴, 健康体检补贴: the staff members claimed for. ID numbers are stored encrypted.</summary>
    public IReadOnlyList<StaffMember>? Staff { get; init; }

    /// <summary>The inputs as stored with the application: resident ID numbers encrypted.</summary>
    public ApplicationInputs ForStorage(IPersonalDataProtector protector) => Staff is null
        ? this
        : this with { Staff = Staff.Select(s => s with { IdNumber = protector.Encrypt(ResidentIdNumber.Normalize(s.IdNumber) ?? s.IdNumber) }).ToList() };
}

/// <summary>One repayment statement (还息凭证): the month (<c>yyyy-MM</c>) and the interest actually paid in yuan.</summary>
public sealed record InterestStatement(string Month, decimal InterestPaid);

/// <summary>A staff member claimed for (补贴人员).</summary>
/// <param name="IdNumber">Resident ID number (身份证号码); encrypted at rest, masked in responses.</param>
/// <param name="Name">Name (姓名).</param>
/// <param name="Category">社保补贴: <c>HardToEmploy</c> (就业困难人员) or <c>RecentGraduate</c> (高校毕业生).</param>
/// <param name="FromMonth">社保补贴: first month of social insurance paid (<c>yyyy-MM</c>).</param>
/// <param name="ToMonth">社保补贴: last month of social insurance paid (<c>yyyy-MM</c>).</param>
/// <param name="Cost">意外伤害保险补贴: the premium paid; 健康体检补贴: the health-check cost (yuan).</param>
public sealed record StaffMember(string IdNumber, string Name, string? Category = null, string? FromMonth = null, string? ToMonth = null, decimal? Cost = null);

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
        RuleFor(x => x.Lender).MaximumLength(100);
        RuleFor(x => x.LoanContractNumber).MaximumLength(50);
        RuleFor(x => x.LoanPrincipal).GreaterThan(0).LessThanOrEqualTo(1_000_000_000m)
            .Must(v => SubsidyRules.HasAtMostTwoDecimals(v!.Value)).When(x => x.LoanPrincipal is not null).WithMessage("At most two decimals. 最多两位小数。");
        RuleFor(x => x.LoanEndDate).GreaterThanOrEqualTo(x => x.LoanStartDate!.Value).When(x => x.LoanStartDate is not null && x.LoanEndDate is not null)
            .WithMessage("The loan ends before it starts. 贷款到期日早于起始日。");
        RuleFor(x => x.InterestStatements!.Count).LessThanOrEqualTo(120).When(x => x.InterestStatements is not null).OverridePropertyName("interestStatements");
        RuleForEach(x => x.InterestStatements).ChildRules(s =>
        {
            s.RuleFor(x => x.Month).Must(m => Months.TryParse(m, out _)).WithMessage("A month as yyyy-MM. 月份格式应为yyyy-MM。");
            s.RuleFor(x => x.InterestPaid).GreaterThan(0).LessThanOrEqualTo(100_000_000m)
                .Must(SubsidyRules.HasAtMostTwoDecimals).WithMessage("At most two decimals. 最多两位小数。");
        });
        RuleFor(x => x.Staff!.Count).LessThanOrEqualTo(500).When(x => x.Staff is not null).OverridePropertyName("staff");
        RuleForEach(x => x.Staff).ChildRules(s =>
        {
            s.RuleFor(x => x.IdNumber).ResidentIdNumber();
            s.RuleFor(x => x.Name).NotEmpty().MaximumLength(50);
            s.RuleFor(x => x.Category).Must(c => PolicyItems.StaffCategories.ContainsKey(c!)).When(x => x.Category is not null)
                .WithMessage("HardToEmploy (就业困难人员) or RecentGraduate (高校毕业生).");
            s.RuleFor(x => x.FromMonth).Must(m => Months.TryParse(m, out _)).When(x => x.FromMonth is not null).WithMessage("A month as yyyy-MM. 月份格式应为yyyy-MM。");
            s.RuleFor(x => x.ToMonth).Must(m => Months.TryParse(m, out _)).When(x => x.ToMonth is not null).WithMessage("A month as yyyy-MM. 月份格式应为yyyy-MM。");
            s.RuleFor(x => x.Cost).GreaterThan(0).LessThanOrEqualTo(1_000_000m)
                .Must(v => SubsidyRules.HasAtMostTwoDecimals(v!.Value)).When(x => x.Cost is not null).WithMessage("At most two decimals. 最多两位小数。");
        });
    }
}

/// <summary>Runs an item's rule: reads what it needs through the other modules' contracts and the parameters in force.</summary>
public sealed class SubsidyCalculator(
    ParameterResolver parameters, IRegistryReader registry, ITrainingReader training, SubsidyDbContext db, IPersonalDataProtector protector, TimeProvider time,
    IEnumerable<IInspectionReader> inspection)
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
        var staff = PolicyItems.ClaimsStaff(itemCode) ? await StaffAsync(inputs, itemCode == PolicyItems.SocialInsuranceSubsidy, ct) : null;
        var calculation = itemCode switch
        {
            PolicyItems.UnemploymentInsuranceRefund => UnemploymentRefundRule.Calculate(year, p, institutionId,
                Required(inputs.InsuredStaff, "inputs.insuredStaff"), Required(inputs.LaidOffStaff, "inputs.laidOffStaff"),
                Required(inputs.LastYearPremium, "inputs.lastYearPremium")),
            PolicyItems.Award => AwardRule.Calculate(year, p, institutionId,
                Required(inputs.AwardCategory, "inputs.awardCategory"), Required(inputs.RequestedAmount, "inputs.requestedAmount"),
                inputs.AwardCategory == AwardRule.ExcellentPerformance ? await ExcellentAsync(institutionId, year, ct) : null),
            PolicyItems.TrainingSubsidy or PolicyItems.CertificationSubsidy => TrainingSubsidyRule.Calculate(year, p, itemCode, institutionId,
                await training.GetClassOutcomeAsync(Required(inputs.ClassId, "inputs.classId"), ct)),
            PolicyItems.LoanInterestDiscount => LoanInterestDiscountRule.Calculate(year, p,
                Required(inputs.Lender, "inputs.lender"), Required(inputs.LoanContractNumber, "inputs.loanContractNumber"),
                Required(inputs.LoanPrincipal, "inputs.loanPrincipal"), Required(inputs.LoanStartDate, "inputs.loanStartDate"),
                Required(inputs.LoanEndDate, "inputs.loanEndDate"),
                (inputs.InterestStatements ?? []).Select(s => new InterestStatementLine(s.Month, s.InterestPaid)).ToList()),
            PolicyItems.SocialInsuranceSubsidy => SocialInsuranceRule.Calculate(year, p, staff!),
            PolicyItems.AccidentInsuranceSubsidy or PolicyItems.HealthCheckSubsidy => StaffCostRule.Calculate(year, p, itemCode, staff!),
            PolicyItems.ServiceFeeReduction => await ServiceFeesAsync(year, p, institutionId, ct),
            _ => throw new FieldValidationException("itemCode", "Applications are not taken for this item yet. 该政策项目暂不受理申请。"),
        };

        // Eligibility against the register, shown with the reason on preview and refused on submission.
        string? reason = null;
        string? field = null;
        if (!institution.IsActive)
        {
            reason = $"The institution is not active ({institution.Status}). 机构不在正常经营状态（{institution.Status}）。";
        }
        else if (PolicyCatalogue.RequiresEmployeeFiling(itemCode) && !institution.IsEmployeeBased)
        {
            reason = "The institution holds no valid employee-based enterprise filing. 机构未备案为员工制家庭服务企业（或备案已过期）。";
        }
        else if (staff is not null)
        {
            (reason, field) = await StaffNotOfInstitutionAsync(staff, institutionId, ct);
        }

        if (reason is not null)
        {
            calculation = calculation with { Eligible = false, Reason = reason, ReasonField = field, Amount = 0m, SubjectKeys = [] };
            calculation = calculation with { Claims = [], Counters = [] };
        }

        return (calculation, institution);
    }

    /// <summary>
    /// Each staff member claimed for must be a worker (从业人员) of the institution in the register, found by the keyed hash
    /// of the ID number, and not struck off; the first row that is not is named (row number and masked ID) with its field.
    /// </summary>
    private async Task<(string? Reason, string? Field)> StaffNotOfInstitutionAsync(IReadOnlyList<StaffLine> staff, Guid institutionId, CancellationToken ct)
    {
        var workers = await registry.FindWorkersByIdHashesAsync(staff.Select(s => s.IdHash).ToList(), ct);
        for (var i = 0; i < staff.Count; i++)
        {
            var line = staff[i];
            var row = i + 1;
            var problem = workers.GetValueOrDefault(line.IdHash) switch
            {
                null => $"Row {row} ({line.IdMasked}): not in the register of workers. 第{row}行（{line.IdMasked}）未在从业人员名录中登记。",
                { IsRevoked: true } => $"Row {row} ({line.IdMasked}): struck off the register. 第{row}行（{line.IdMasked}）已被清退出从业人员名录。",
                var w when w.InstitutionId != institutionId =>
                    $"Row {row} ({line.IdMasked}): registered as a worker of another institution, not of this one. 第{row}行（{line.IdMasked}）不是本机构登记的从业人员。",
                _ => null,
            };
            if (problem is not null)
            {
                return (problem, $"inputs.staff[{i}].idNumber");
            }
        }

        return (null, null);
    }

    /// <summary>The staff of the inputs, hashed and masked, with the months of social-insurance subsidy each has claimed so far.</summary>
    private async Task<IReadOnlyList<StaffLine>> StaffAsync(ApplicationInputs inputs, bool socialInsurance, CancellationToken ct)
    {
        if (inputs.Staff is not { Count: > 0 } staff)
        {
            throw new FieldValidationException("inputs.staff", "At least one staff member. 至少填写一名人员。");
        }

        var lines = staff.Select(s =>
        {
            var id = ResidentIdNumber.Normalize(s.IdNumber) ?? s.IdNumber;
            return new StaffLine(protector.LookupHash(id), Mask.IdNumber(id), s.Name.Trim(), s.Category, s.FromMonth, s.ToMonth, s.Cost);
        }).ToList();
        if (!socialInsurance)
        {
            return lines;
        }

        var hashes = lines.Select(l => l.IdHash).Distinct().ToList();
        var used = await db.Set<ClaimCounter>().AsNoTracking()
            .Where(c => c.ItemCode == PolicyItems.SocialInsuranceSubsidy && c.Scope == SocialInsuranceRule.LifetimeScope && hashes.Contains(c.SubjectKey))
            .ToDictionaryAsync(c => c.SubjectKey, c => c.Count, ct);
        return lines.Select(l => l with { MonthsAlreadyClaimed = used.GetValueOrDefault(l.IdHash) }).ToList();
    }

    /// <summary>服务费用减免: the institution's unclaimed records of the year and what each household has had so far.</summary>
    private async Task<Calculation> ServiceFeesAsync(int year, ParameterSet p, Guid institutionId, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var records = await db.Set<ServiceRecord>().AsNoTracking()
            .Where(r => r.InstitutionId == institutionId && r.ServiceDate >= from && r.ServiceDate <= to)
            .Where(r => !db.Set<SubsidyClaim>().Any(c => c.ItemCode == PolicyItems.ServiceFeeReduction && c.SubjectKey == r.ClaimKey))
            .Select(r => new ServiceRecordLine(r.Id, r.HouseholdHash, r.HouseholdHeadIdMasked, r.ServiceDate, r.ServiceType))
            .ToListAsync(ct);
        var scope = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var households = records.Select(r => r.HouseholdHash).Distinct().ToList();
        var used = await db.Set<ClaimCounter>().AsNoTracking()
            .Where(c => c.ItemCode == PolicyItems.ServiceFeeReduction && c.Scope == scope && households.Contains(c.SubjectKey))
            .ToDictionaryAsync(c => c.SubjectKey, c => c.Count, ct);
        return ServiceFeeReductionRule.Calculate(year, p, records, used);
    }

    /// <summary>Whether the performance evaluation (绩效考评) of <paramref name="year"/> marked the institution excellent; null without the Inspection module.</summary>
    private async Task<bool?> ExcellentAsync(Guid institutionId, int year, CancellationToken ct)
    {
        var reader = inspection.FirstOrDefault();
        return reader is null ? null : await reader.IsExcellentAsync(institutionId, year, ct);
    }

    private static T Required<T>(T? value, string field) where T : struct =>
        value ?? throw new FieldValidationException(field, "Required for this item. 该项目必填。");

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new FieldValidationException(field, "Required for this item. 该项目必填。") : value.Trim();
}
