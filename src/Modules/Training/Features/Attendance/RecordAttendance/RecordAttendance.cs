using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Classes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Attendance;

/// <summary>One trainee's hours in the session.</summary>
public sealed record AttendanceEntry(Guid EnrollmentId, decimal Hours);

public sealed record RecordAttendanceRequest(DateOnly SessionDate, IReadOnlyList<AttendanceEntry> Entries);

/// <summary>Record one session's attendance (考勤) for some or all trainees of a running class; re-recording a date replaces it.</summary>
public sealed record RecordAttendance(Guid ClassId, DateOnly SessionDate, IReadOnlyList<AttendanceEntry> Entries)
    : ICommand<AttendanceSheet>, IAuditTarget
{
    public string AuditTargetType => "TrainingClass";

    public string? AuditTargetId => ClassId.ToString();
}

public sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.SessionDate).NotEmpty();
        RuleFor(x => x.Entries).NotEmpty().Must(e => e is null || e.Count <= 500).WithMessage("At most 500 entries. 每次最多500条。")
            .Must(e => e is null || e.Select(x => x.EnrollmentId).Distinct().Count() == e.Count)
            .WithMessage("Each trainee once per session. 同一学员在一次课中只能出现一次。");
        RuleForEach(x => x.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.EnrollmentId).NotEmpty();
            entry.RuleFor(e => e.Hours).InclusiveBetween(0m, 24m).Must(TrainingRules.HasAtMostOneDecimal)
                .WithMessage("Hours between 0 and 24 with at most one decimal. 学时应在0–24之间，最多一位小数。");
        });
    }
}

public sealed class RecordAttendanceHandler(TrainingDbContext db, ICurrentUser current, AttendanceWriter writer, TimeProvider time)
    : ICommandHandler<RecordAttendance, AttendanceSheet>
{
    public async ValueTask<AttendanceSheet> Handle(RecordAttendance command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (cls, programme) = await ClassResponses.FindInScopeAsync(db, scope, command.ClassId, ct);
        scope.EnsureMayManage(cls);
        AttendanceRules.EnsureRecordable(cls, command.SessionDate, "sessionDate");

        var ids = command.Entries.Select(e => e.EnrollmentId).ToList();
        var active = (await db.Set<Enrollment>()
                .Where(e => e.ClassId == cls.Id && ids.Contains(e.Id) && e.Status == EnrollmentStatus.Enrolled)
                .Select(e => e.Id).ToListAsync(ct))
            .ToHashSet();
        var errors = command.Entries.Select((e, i) => (e, i)).Where(x => !active.Contains(x.e.EnrollmentId))
            .ToDictionary(x => $"entries[{x.i}].enrollmentId", _ => new[] { "Not an enrolled trainee of this class. 不是本班在册学员。" });
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await writer.WriteAsync(cls.Id, command.Entries.Select(e => (e.EnrollmentId, command.SessionDate, e.Hours)).ToList(), current.Name,
            time.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return await AttendanceSheets.LoadAsync(db, cls, programme, null, ct);
    }
}
