using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Attendance;

/// <summary>A class's attendance grid (考勤表): the session dates and, per trainee, the hours of each session and the total.</summary>
public sealed record AttendanceSheet(Guid ClassId, int RequiredHours, IReadOnlyList<DateOnly> Sessions, IReadOnlyList<AttendanceRow> Rows);

/// <param name="Hours">Hours per session date (only the dates recorded for this trainee).</param>
public sealed record AttendanceRow(
    Guid EnrollmentId, Guid TraineeId, string Name, string IdNumberMasked, EnrollmentStatus Status, decimal AttendedHours, bool ReachedRequirement,
    IReadOnlyList<SessionHours> Hours);

public sealed record SessionHours(DateOnly Date, decimal Hours);

internal static class AttendanceSheets
{
    public static async Task<AttendanceSheet> LoadAsync(TrainingDbContext db, TrainingClass cls, Programme programme, string? onlyStreet, CancellationToken ct)
    {
        var people = await (
                from e in db.Set<Enrollment>().AsNoTracking()
                join t in db.Set<Trainee>().AsNoTracking() on e.TraineeId equals t.Id
                where e.ClassId == cls.Id && e.Status != EnrollmentStatus.Withdrawn && (onlyStreet == null || t.StreetCode == onlyStreet)
                orderby t.Name, e.Id
                select new { e.Id, e.TraineeId, t.Name, t.IdNumberMasked, e.Status, e.AttendedHours })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var records = await db.Set<AttendanceRecord>().AsNoTracking().Where(a => ids.Contains(a.EnrollmentId)).ToListAsync(ct);
        var byEnrollment = records.ToLookup(a => a.EnrollmentId);
        var sessions = records.Select(a => a.SessionDate).Distinct().Order().ToList();
        var rows = people.Select(p => new AttendanceRow(
            p.Id, p.TraineeId, p.Name, p.IdNumberMasked, p.Status, p.AttendedHours, p.AttendedHours >= programme.RequiredHours,
            byEnrollment[p.Id].OrderBy(a => a.SessionDate).Select(a => new SessionHours(a.SessionDate, a.Hours)).ToList())).ToList();
        return new AttendanceSheet(cls.Id, programme.RequiredHours, sessions, rows);
    }
}
