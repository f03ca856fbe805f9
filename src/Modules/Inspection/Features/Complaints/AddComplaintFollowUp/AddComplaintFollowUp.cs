using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Complaints;

/// <summary>Record a follow-up action (跟进处理) on an open complaint.</summary>
/// <param name="ActionOn">The day of the action; not before the complaint was received nor in the future.</param>
public sealed record AddComplaintFollowUp(Guid Id, DateOnly ActionOn, string Action) : ICommand<ComplaintResponse>, IAuditTarget
{
    public string AuditTargetType => "Complaint";

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Body of <c>POST /complaints/{id}/follow-ups</c>.</summary>
/// <param name="ActionOn">The day of the action (yyyy-MM-dd).</param>
/// <param name="Action">What was done (处理情况).</param>
public sealed record AddComplaintFollowUpRequest(DateOnly ActionOn, string Action);

public sealed class AddComplaintFollowUpValidator : AbstractValidator<AddComplaintFollowUp>
{
    public AddComplaintFollowUpValidator(TimeProvider time)
    {
        RuleFor(x => x.ActionOn).NotEmpty().Must(d => d <= time.Today()).WithMessage("Not in the future. 日期不能晚于今天。");
        RuleFor(x => x.Action).NotEmpty().MaximumLength(1000);
    }
}

public sealed class AddComplaintFollowUpHandler(InspectionDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<AddComplaintFollowUp, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(AddComplaintFollowUp command, CancellationToken ct)
    {
        var complaint = await db.Set<Complaint>().InScope(current).Include(c => c.FollowUps).FirstOrDefaultAsync(c => c.Id == command.Id, ct)
            ?? throw new NotFoundException("Complaint", command.Id.ToString());
        complaint.EnsureOpen();
        if (command.ActionOn < complaint.ReceivedOn)
        {
            throw new FieldValidationException("actionOn", "Before the complaint was received. 日期不能早于受理日期。");
        }

        var followUp = new ComplaintFollowUp
        {
            ComplaintId = complaint.Id,
            ActionOn = command.ActionOn,
            Action = command.Action.Trim(),
            RecordedBy = current.Actor(),
            RecordedAt = time.GetUtcNow(),
        };
        db.Set<ComplaintFollowUp>().Add(followUp);
        complaint.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The complaint changed at the same time; reload. 投诉刚被修改，请刷新。", "concurrent_update");
        }

        return ComplaintResponse.From(complaint);
    }
}
