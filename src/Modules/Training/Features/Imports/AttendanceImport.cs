using Jiafu.Shared.Imports;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Attendance;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Imports;

/// <summary>
/// Attendance sheet import (考勤表导入): one row per trainee and session (class, ID number, date, hours). Rows with
/// errors are reported with their row and column; the valid rows are written in one transaction, replacing the hours
/// already recorded for the same trainee and date. A class's enrolled trainees are read once, and the change tracker is
/// cleared after each class is written, so the cost per row does not grow with the file.
/// </summary>
public sealed class AttendanceImport(TrainingDbContext db, AttendanceWriter writer, IPersonalDataProtector protector, TimeProvider time)
    : IImportKind
{
    public const string Kind = "attendance";

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("classId", "培训班编号", true, "The class id shown on the class page", "培训班ID"),
        new("idNumber", "身份证号码", true, "Trainee's resident ID number", "身份证号", "公民身份号码"),
        new("sessionDate", "上课日期", true, "Session date (yyyy-MM-dd), within the class dates", "日期"),
        new("hours", "学时", true, "Hours attended, 0–24, one decimal", "课时"),
    ];

    public async Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct)
    {
        var classes = new ImportClassCache(db, execution.Scope);
        // Each class's enrolled trainees, by ID hash, read once when the file first names the class (a class has at most a
        // few hundred seats), so a row costs no query.
        var enrolled = new Dictionary<Guid, Dictionary<string, Guid>>();
        var seen = new Dictionary<(Guid, DateOnly), int>();
        var entries = new List<(Guid ClassId, Guid EnrollmentId, DateOnly Date, decimal Hours)>();
        var today = TrainingRules.Today(time);
        int read = 0, invalid = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            read++;
            var ok = true;
            void Fail(string column, string message)
            {
                execution.Error(row.Number, column, message);
                ok = false;
            }

            var cls = await classes.FindAsync(row, execution, Fail, ct);
            if (cls is not null && cls.Status != ClassStatus.InProgress)
            {
                Fail("classId", "培训班未在培训中 / the class is not in progress");
                cls = null;
            }

            Guid? enrollmentId = null;
            if (!ResidentIdNumber.TryParse(row["idNumber"], today, out var id))
            {
                Fail("idNumber", ResidentIdNumberValidator<ImportRow>.MessageFor(ResidentIdNumber.Validate(row["idNumber"], today)));
            }
            else if (cls is not null)
            {
                if (!enrolled.TryGetValue(cls.Id, out var byHash))
                {
                    var classId = cls.Id;
                    byHash = await (
                            from e in db.Set<Enrollment>().AsNoTracking()
                            join t in db.Set<Trainee>() on e.TraineeId equals t.Id
                            where e.ClassId == classId && e.Status == EnrollmentStatus.Enrolled
                            select new { t.IdNumberHash, e.Id })
                        .ToDictionaryAsync(x => x.IdNumberHash, x => x.Id, StringComparer.Ordinal, ct);
                    enrolled[cls.Id] = byHash;
                }

                if (byHash.TryGetValue(protector.LookupHash(id.Normalized), out var found))
                {
                    enrollmentId = found;
                }
                else Fail("idNumber", "该人员不是本班在册学员 / not an enrolled trainee of this class");
            }

            if (!ImportParsing.TryDate(row["sessionDate"], out var date))
            {
                Fail("sessionDate", "日期格式应为 yyyy-MM-dd / expected a date");
            }
            else if (cls is not null && (date < cls.StartDate || date > cls.EndDate))
            {
                Fail("sessionDate", $"日期不在培训期间（{cls.StartDate:yyyy-MM-dd}至{cls.EndDate:yyyy-MM-dd}）内 / outside the class dates");
            }

            if (!decimal.TryParse(row["hours"], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var hours)
                || hours < 0 || hours > 24 || !TrainingRules.HasAtMostOneDecimal(hours))
            {
                Fail("hours", "学时应为0–24之间的数字，最多一位小数 / hours must be 0–24 with at most one decimal");
            }

            if (ok && seen.TryGetValue((enrollmentId!.Value, date), out var first))
            {
                Fail("sessionDate", $"与第{first}行重复 / the same trainee and date as row {first}");
            }

            if (ok)
            {
                seen[(enrollmentId!.Value, date)] = row.Number;
                entries.Add((cls!.Id, enrollmentId.Value, date, hours));
            }
            else
            {
                invalid++;
            }

            execution.Progress(read);
        }

        if (execution.Mode == ImportMode.Commit && entries.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var byClass in entries.GroupBy(e => e.ClassId))
            {
                await writer.WriteAsync(byClass.Key, byClass.Select(e => (e.EnrollmentId, e.Date, e.Hours)).ToList(), execution.Actor.Name,
                    time.GetUtcNow(), ct);

                // Saved: what the writer tracked for this class is not needed again.
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(ct);
        }

        var committed = execution.Mode == ImportMode.Commit ? entries.Count : 0;
        return new ImportCounts(read, read - invalid, invalid, committed, 0);
    }
}
