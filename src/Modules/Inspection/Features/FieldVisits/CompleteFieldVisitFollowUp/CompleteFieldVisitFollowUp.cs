using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.FieldVisits;

/// <summary>Record that a visit's required follow-up (整改跟进) is done; once only.</summary>
public sealed record CompleteFieldVisitFollowUp(Guid Id, DateOnly? DoneOn, string Note) : ICommand<FieldVisitResponse>, IAuditTarget
{
    public string AuditTargetType => "FieldVisit";

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Body of <c>POST /field-visits/{id}/follow-up</c>.</summary>
/// <param name="DoneOn">Defaults to today; not before the visit nor in the future.</param>
/// <param name="Note">What was done (跟进情况).</param>
public sealed record CompleteFieldVisitFollowUpRequest(DateOnly? DoneOn, string Note);

public sealed class CompleteFieldVisitFollowUpValidator : AbstractValidator<CompleteFieldVisitFollowUp>
{
    public CompleteFieldVisitFollowUpValidator(TimeProvider time)
    {
        RuleFor(x => x.DoneOn).Must(d => d <= time.Today()).When(x => x.DoneOn is not null).WithMessage("Not in the future. 日期不能晚于今天。");
        RuleFor(x => x.Note).NotEmpty().MaximumLength(1000);
    }
}

public sealed class CompleteFieldVisitFollowUpHandler(InspectionDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<CompleteFieldVisitFollowUp, FieldVisitResponse>
{
    public async ValueTask<FieldVisitResponse> Handle(CompleteFieldVisitFollowUp command, CancellationToken ct)
    {
        var visit = await db.Set<FieldVisit>().InScope(current).FirstOrDefaultAsync(v => v.Id == command.Id, ct)
            ?? throw new NotFoundException("FieldVisit", command.Id.ToString());
        visit.CompleteFollowUp(command.DoneOn ?? time.Today(), command.Note.Trim(), current.Actor());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The follow-up is already done. 跟进已完成。", "follow_up_done");
        }

        return FieldVisitResponse.From(visit, time.Today());
    }
}
