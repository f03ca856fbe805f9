using FluentValidation;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Voucher;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Inspection.Features.Integrity;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>Record a spot-check result (录入抽查结果): confirmed (属实) or discrepancy (不实); the integrity record gets an entry.</summary>
public sealed record RecordSpotCheckResult(Guid Id, SpotCheckResult Result, string? Findings, DateOnly? CheckedOn) : ICommand<SpotCheckResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SpotCheck);

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Body of <c>POST /spot-checks/checks/{id}/result</c>.</summary>
public sealed record RecordSpotCheckResultRequest(SpotCheckResult Result, string? Findings, DateOnly? CheckedOn);

public sealed class RecordSpotCheckResultValidator : AbstractValidator<RecordSpotCheckResult>
{
    public RecordSpotCheckResultValidator()
    {
        RuleFor(x => x.Result).Must(r => r is SpotCheckResult.Confirmed or SpotCheckResult.Discrepancy)
            .WithMessage("The result must be Confirmed or Discrepancy. 结果须为属实或不实。");
        RuleFor(x => x.Findings).MaximumLength(2000);
        RuleFor(x => x.Findings).NotEmpty().When(x => x.Result == SpotCheckResult.Discrepancy)
            .WithMessage("Describe the discrepancy. 请填写不实情况。");
    }
}

public sealed class RecordSpotCheckResultHandler(
    InspectionDbContext db, ICurrentUser current, IntegrityRecorder integrity, ISubsidyReader subsidy, IVoucherReader vouchers, TimeProvider time)
    : ICommandHandler<RecordSpotCheckResult, SpotCheckResponse>
{
    public async ValueTask<SpotCheckResponse> Handle(RecordSpotCheckResult command, CancellationToken ct)
    {
        var check = await db.Set<SpotCheck>().Include(c => c.Inspectors).InScope(current).FirstOrDefaultAsync(c => c.Id == command.Id, ct)
            ?? throw new NotFoundException("SpotCheck", command.Id.ToString());
        var checkedOn = command.CheckedOn ?? time.Today();
        if (checkedOn > time.Today())
        {
            throw new FieldValidationException("checkedOn", "The date cannot be in the future. 日期不能晚于今天。");
        }

        check.RecordResult(command.Result, command.Findings?.Trim(), checkedOn, current.Actor());
        var plan = await db.Set<SpotCheckPlan>().AsNoTracking().FirstAsync(p => p.Id == check.PlanId, ct);

        // The integrity entry belongs to the institution: the object itself, or the institution an application or voucher
        // belongs to (ADR 0046).
        var (institutionId, institutionName) = plan.Population switch
        {
            SpotCheckPopulation.Institutions => (check.ObjectId, check.ObjectName),
            SpotCheckPopulation.VoucherServices => await vouchers.FindInstitutionOfVoucherAsync(check.ObjectId, ct) is { } v
                ? (v.InstitutionId, v.InstitutionName)
                : throw new ConflictException("The voucher of this spot check no longer names an institution. 该抽查对应的就业券已无服务机构。", "object_missing"),
            _ => await subsidy.FindInstitutionOfApplicationAsync(check.ObjectId, ct) is { } a
                ? (a.InstitutionId, a.InstitutionName)
                : throw new ConflictException("The application of this spot check no longer exists. 该抽查对应的补贴申请已不存在。", "object_missing"),
        };
        await integrity.AppendAsync(new IntegrityEntry
        {
            InstitutionId = institutionId,
            InstitutionName = institutionName,
            Kind = command.Result == SpotCheckResult.Confirmed ? IntegrityEntryKind.SpotCheckConfirmed : IntegrityEntryKind.SpotCheckDiscrepancy,
            Summary = $"{plan.Name}：抽查{(command.Result == SpotCheckResult.Confirmed ? "属实" : "不实")}",
            SourceType = "SpotCheck",
            SourceId = check.Id,
            OccurredOn = checkedOn,
            RecordedBy = current.Actor(),
        }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.IsUniqueViolation())
        {
            throw new ConflictException("The result was recorded at the same time. 该抽查结果已被录入。", "result_recorded");
        }

        return SpotCheckResponse.From(check);
    }
}
