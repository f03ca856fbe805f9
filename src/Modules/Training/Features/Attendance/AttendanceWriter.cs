using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Attendance;

/// <summary>
/// Writes one session's hours per enrollment (replacing what was recorded for that date) and recomputes each touched
/// enrollment's attended hours from its records. The caller validates and owns the transaction.
/// </summary>
public sealed class AttendanceWriter(TrainingDbContext db)
{
    public async Task WriteAsync(Guid classId, IReadOnlyCollection<(Guid EnrollmentId, DateOnly Date, decimal Hours)> entries, string? actor,
        DateTimeOffset now, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var enrollmentIds = entries.Select(e => e.EnrollmentId).Distinct().ToList();
        var existing = await db.Set<AttendanceRecord>().Where(a => enrollmentIds.Contains(a.EnrollmentId)).ToListAsync(ct);
        var byKey = existing.ToDictionary(a => (a.EnrollmentId, a.SessionDate));
        foreach (var (enrollmentId, date, hours) in entries)
        {
            if (byKey.TryGetValue((enrollmentId, date), out var record))
            {
                record.Hours = hours;
                record.RecordedAt = now;
                record.RecordedBy = actor;
            }
            else
            {
                record = new AttendanceRecord
                {
                    EnrollmentId = enrollmentId, ClassId = classId, SessionDate = date, Hours = hours, RecordedAt = now, RecordedBy = actor,
                };
                db.Set<AttendanceRecord>().Add(record);
                byKey[(enrollmentId, date)] = record;
            }
        }

        var totals = byKey.Values.GroupBy(a => a.EnrollmentId).ToDictionary(g => g.Key, g => g.Sum(a => a.Hours));
        var enrollments = await db.Set<Enrollment>().Where(e => enrollmentIds.Contains(e.Id)).ToListAsync(ct);
        foreach (var enrollment in enrollments)
        {
            enrollment.AttendedHours = totals.GetValueOrDefault(enrollment.Id);
            enrollment.Version = Guid.NewGuid();
        }

        await db.SaveChangesAsync(ct);
    }
}
