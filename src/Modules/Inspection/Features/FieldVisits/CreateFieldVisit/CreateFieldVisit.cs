using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Security;
using Mediator;

namespace Jiafu.Inspection.Features.FieldVisits;

/// <summary>Record a field visit (登记实地走访) to an institution.</summary>
/// <param name="WorkerId">A worker of the register met on the visit: one who works or worked for the institution.</param>
/// <param name="VisitedOn">The day of the visit; not in the future.</param>
/// <param name="Visitors">The visitors' names (走访人员).</param>
/// <param name="Findings">What they found (走访情况).</param>
/// <param name="FollowUpRequired">Whether a follow-up (整改跟进) is required; then <paramref name="FollowUpDue"/> is required.</param>
/// <param name="FollowUpDue">The follow-up's due date, on or after the visit.</param>
public sealed record CreateFieldVisit(
    Guid InstitutionId, Guid? WorkerId, string? WorkerName, DateOnly VisitedOn, string Visitors, string Findings, bool FollowUpRequired,
    DateOnly? FollowUpDue) : ICommand<FieldVisitResponse>;

public sealed class CreateFieldVisitValidator : AbstractValidator<CreateFieldVisit>
{
    public CreateFieldVisitValidator(TimeProvider time)
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.WorkerName).MaximumLength(50);
        RuleFor(x => x.VisitedOn).NotEmpty().Must(d => d <= time.Today()).WithMessage("Not in the future. 走访日期不能晚于今天。");
        RuleFor(x => x.Visitors).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Findings).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.FollowUpDue).NotNull().When(x => x.FollowUpRequired)
            .WithMessage("A due date is required for a follow-up. 需跟进时须填写整改期限。");
        RuleFor(x => x.FollowUpDue).Null().When(x => !x.FollowUpRequired)
            .WithMessage("No due date without a follow-up. 无需跟进时不填整改期限。");
        RuleFor(x => x.FollowUpDue).GreaterThanOrEqualTo(x => x.VisitedOn).When(x => x.FollowUpDue is not null)
            .WithMessage("On or after the visit. 整改期限不能早于走访日期。");
    }
}

public sealed class CreateFieldVisitHandler(InspectionDbContext db, ICurrentUser current, IRegistryReader registry, TimeProvider time)
    : ICommandHandler<CreateFieldVisit, FieldVisitResponse>
{
    public async ValueTask<FieldVisitResponse> Handle(CreateFieldVisit command, CancellationToken ct)
    {
        var institution = await registry.InstitutionInScopeAsync(current, command.InstitutionId, ct);
        var worker = await registry.WorkerOfInstitutionAsync(command.WorkerId, institution.Id, ct);
        var visit = new FieldVisit
        {
            InstitutionId = institution.Id,
            InstitutionName = institution.Name,
            StreetCode = institution.StreetCode,
            WorkerId = worker?.Id,
            WorkerName = (string.IsNullOrWhiteSpace(command.WorkerName) ? null : command.WorkerName.Trim()) ?? worker?.Name,
            VisitedOn = command.VisitedOn,
            Visitors = command.Visitors.Trim(),
            Findings = command.Findings.Trim(),
            FollowUpRequired = command.FollowUpRequired,
            FollowUpDue = command.FollowUpDue,
            CreatedBy = current.Actor(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Set<FieldVisit>().Add(visit);
        await db.SaveChangesAsync(ct);
        return FieldVisitResponse.From(visit, time.Today());
    }
}
