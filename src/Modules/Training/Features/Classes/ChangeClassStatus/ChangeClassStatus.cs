using FluentValidation;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Classes;

/// <summary>The reason, required to cancel.</summary>
public sealed record ClassActionRequest(string? Reason);

/// <summary>
/// Move a class through its workflow (培训班状态): open for enrollment, start, complete (结业: each trainee whose attended
/// hours reach the programme's requirement completes, the others do not), settle (结算), or cancel with a reason.
/// </summary>
public sealed record ChangeClassStatus(Guid Id, ClassAction Action, string? Reason) : ICommand<ClassResponse>, IAuditTarget
{
    public string AuditTargetType => "TrainingClass";

    public string? AuditTargetId => Id.ToString();
}

public sealed class ChangeClassStatusValidator : AbstractValidator<ChangeClassStatus>
{
    public ChangeClassStatusValidator()
    {
        RuleFor(x => x.Action).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(500);
    }
}

public sealed class ChangeClassStatusHandler(TrainingDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<ChangeClassStatus, ClassResponse>
{
    public async ValueTask<ClassResponse> Handle(ChangeClassStatus command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (cls, programme) = await ClassResponses.FindInScopeAsync(db, scope, command.Id, ct);
        scope.EnsureMayManage(cls);
        if (command.Action == ClassAction.Settle && !scope.IsDistrictWide)
        {
            throw new ForbiddenException("Only the district bureau settles classes. 只有区级人员可以结算培训班。");
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        cls.Apply(command.Action, command.Reason, now);
        if (command.Action == ClassAction.Start)
        {
            // The programme's hours are fixed from the first start: its version moves, so an edit read before this start fails
            // on the concurrency token, and a start racing an edit of the hours fails here.
            programme.Touch(now);
        }

        if (command.Action == ClassAction.Complete)
        {
            await CompleteTraineesAsync(cls, programme, TrainingRules.Today(time), ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The class was changed meanwhile; reload it and try again. 培训班已被他人修改，请刷新后重试。", "stale_version");
        }

        if (command.Action == ClassAction.Cancel)
        {
            // Cancelling frees every seat: the people may enroll elsewhere in the same dates.
            await db.Set<Enrollment>()
                .Where(e => e.ClassId == cls.Id && e.Status == EnrollmentStatus.Enrolled)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.Status, EnrollmentStatus.Withdrawn)
                    .SetProperty(e => e.WithdrawnAt, now)
                    .SetProperty(e => e.WithdrawnReason, "培训班取消 / class cancelled"), ct);
            await db.Set<TrainingClass>().Where(c => c.Id == cls.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, 0), ct);
            cls.Enrolled = 0;
        }

        await transaction.CommitAsync(ct);
        return ClassResponses.From(cls, programme);
    }

    /// <summary>结业: trainees whose attended hours reach the requirement complete (and the register hears of it); the others do not.</summary>
    private async Task CompleteTraineesAsync(TrainingClass cls, Programme programme, DateOnly today, CancellationToken ct)
    {
        var rows = await (
                from e in db.Set<Enrollment>()
                join t in db.Set<Trainee>() on e.TraineeId equals t.Id
                where e.ClassId == cls.Id && e.Status == EnrollmentStatus.Enrolled
                select new { Enrollment = e, t.IdNumberHash, t.RegistryWorkerId })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            var e = row.Enrollment;
            if (e.AttendedHours >= programme.RequiredHours)
            {
                e.Status = EnrollmentStatus.Completed;
                e.CompletedOn = today;
                db.AddIntegrationEvent(new TraineeCompleted(
                    e.Id, cls.Id, programme.Id, e.TraineeId, row.IdNumberHash, row.RegistryWorkerId, programme.Name, programme.Category,
                    cls.Name, programme.ProviderInstitutionId, programme.ProviderName, e.AttendedHours, cls.StartDate, today));
            }
            else
            {
                e.Status = EnrollmentStatus.NotCompleted;
            }

            e.Version = Guid.NewGuid();
        }
    }
}
