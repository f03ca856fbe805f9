using System.Text.Json;
using FluentValidation;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>
/// Apply for a policy item (提交补贴申请) for an institution and a year. The amount is computed by the item's rule and
/// stored with its breakdown; the claims (enterprise, award category, trainees) are inserted under a unique index, so
/// nothing is claimed twice for the same item and period.
/// </summary>
public sealed record SubmitSubsidyApplication(string ItemCode, int Year, Guid InstitutionId, ApplicationInputs Inputs) : ICommand<SubsidyApplicationResponse>;

public sealed class SubmitSubsidyApplicationValidator : AbstractValidator<SubmitSubsidyApplication>
{
    public SubmitSubsidyApplicationValidator()
    {
        RuleFor(x => x.ItemCode).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.Inputs).NotNull().SetValidator(new ApplicationInputsValidator());
    }
}

public sealed class SubmitSubsidyApplicationHandler(
    SubsidyDbContext db, SubsidyCalculator calculator, ClaimRegister claims, IPersonalDataProtector protector, ICurrentUser current, TimeProvider time)
    : ICommandHandler<SubmitSubsidyApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(SubmitSubsidyApplication command, CancellationToken ct)
    {
        var (calculation, institution) = await Calculate(calculator, current, command.ItemCode, command.Year, command.InstitutionId, command.Inputs, ct);
        if (!calculation.Eligible)
        {
            throw new ConflictException(calculation.Reason ?? "Not eligible. 不符合条件。", "not_eligible", calculation.ReasonField);
        }

        var now = SubsidyRules.Now(time);
        var actor = SubsidyRules.Actor(current);
        var application = new SubsidyApplication
        {
            ItemCode = calculation.ItemCode,
            Year = command.Year,
            InstitutionId = institution.Id,
            InstitutionName = institution.Name,
            StreetCode = institution.StreetCode,
            AmountFen = SubsidyRules.ToFen(calculation.Amount),
            InputsJson = JsonSerializer.Serialize(command.Inputs.ForStorage(protector), SubsidyApplicationResponses.Json),
            BreakdownJson = JsonSerializer.Serialize(calculation, SubsidyApplicationResponses.Json),
            ParameterVersion = calculation.ParameterVersion,
            CreatedAt = now,
            CreatedBy = actor,
            CreatedById = current.Id ?? actor,
            UpdatedAt = now,
        };
        application.Reviews.Add(new ApplicationReview
        {
            Action = "Submit", FromStatus = SubsidyApplicationStatus.Submitted, ToStatus = SubsidyApplicationStatus.Submitted, Actor = actor, ActorId = current.Id, At = now,
        });
        db.Set<SubsidyApplication>().Add(application);

        // One transaction: the limit counters' conditional updates, the application and its claims.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await claims.AddAsync(application.Id, calculation, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException(
                "Already claimed for this item and period (an enterprise once per year; a trainee once per programme and year; a person "
                + "once per month or year; a loan once per statement month; a service record once). 已就该项目和期间申请过，不能重复申请。",
                "duplicate_claim");
        }

        await transaction.CommitAsync(ct);

        return SubsidyApplicationResponses.From(application, protector);
    }

    /// <summary>The scope check shared with the preview: institutions for themselves, street officers for their street.</summary>
    internal static async Task<(Calculation, Jiafu.Contracts.Registry.InstitutionSummary)> Calculate(
        SubsidyCalculator calculator, ICurrentUser current, string itemCode, int year, Guid institutionId, ApplicationInputs inputs, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions && !scope.InstitutionIds.Contains(institutionId.ToString()))
        {
            throw new FieldValidationException("institutionId", "You can only apply for your own institution. 只能为本机构申请。");
        }

        var result = await calculator.CalculateAsync(itemCode.Trim(), year, institutionId, inputs, ct);
        if (scope.Kind == DataScopeKind.Street && result.Institution.StreetCode != scope.StreetCode)
        {
            throw new ForbiddenException("You can only act for institutions of your own street. 只能办理本街道机构的业务。");
        }

        return result;
    }
}
