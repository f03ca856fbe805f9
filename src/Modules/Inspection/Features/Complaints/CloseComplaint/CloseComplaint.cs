using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Inspection.Features.Integrity;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Complaints;

/// <summary>
/// Close a complaint (办结) with its outcome. A substantiated one (属实) appends a <c>Complaint</c> entry to the institution's
/// integrity record and recomputes its credit class in the same transaction.
/// </summary>
public sealed record CloseComplaint(Guid Id, ComplaintOutcome Outcome, DateOnly? ClosedOn, string Conclusion) : ICommand<ComplaintResponse>, IAuditTarget
{
    public string AuditTargetType => "Complaint";

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Body of <c>POST /complaints/{id}/close</c>.</summary>
/// <param name="Outcome"><c>Substantiated</c> (属实) or <c>Unsubstantiated</c> (不属实).</param>
/// <param name="ClosedOn">Defaults to today; not before the complaint was received nor in the future.</param>
/// <param name="Conclusion">The closing conclusion (办结意见).</param>
public sealed record CloseComplaintRequest(ComplaintOutcome Outcome, DateOnly? ClosedOn, string Conclusion);

public sealed class CloseComplaintValidator : AbstractValidator<CloseComplaint>
{
    public CloseComplaintValidator(TimeProvider time)
    {
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.ClosedOn).Must(d => d <= time.Today()).When(x => x.ClosedOn is not null).WithMessage("Not in the future. 日期不能晚于今天。");
        RuleFor(x => x.Conclusion).NotEmpty().MaximumLength(1000);
    }
}

public sealed class CloseComplaintHandler(InspectionDbContext db, ICurrentUser current, IntegrityRecorder recorder, TimeProvider time)
    : ICommandHandler<CloseComplaint, ComplaintResponse>
{
    /// <summary>Attempts when simultaneous entries for one institution collide on its integrity profile.</summary>
    private const int Attempts = 20;

    public async ValueTask<ComplaintResponse> Handle(CloseComplaint command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var complaint = await db.Set<Complaint>().InScope(current).Include(c => c.FollowUps).FirstOrDefaultAsync(c => c.Id == command.Id, ct)
                ?? throw new NotFoundException("Complaint", command.Id.ToString());
            complaint.Close(command.Outcome, command.ClosedOn ?? time.Today(), command.Conclusion.Trim(), current.Actor());
            if (command.Outcome == ComplaintOutcome.Substantiated)
            {
                var summary = $"投诉属实（{complaint.ReceivedOn:yyyy-MM-dd}受理）：{complaint.Conclusion}";
                await recorder.AppendAsync(new IntegrityEntry
                {
                    InstitutionId = complaint.InstitutionId,
                    InstitutionName = complaint.InstitutionName,
                    Kind = IntegrityEntryKind.Complaint,
                    Summary = summary.Length > 500 ? summary[..500] : summary,
                    SourceType = "Complaint",
                    SourceId = complaint.Id,
                    OccurredOn = complaint.ClosedOn!.Value,
                    RecordedBy = current.Actor(),
                }, ct);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return ComplaintResponse.From(complaint);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another entry for the institution (or a close of this complaint) won the race: reload and decide again.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("The record changed at the same time; retry. 诚信档案刚被更新，请重试。", "concurrent_entry");
            }
        }
    }
}
