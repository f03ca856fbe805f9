using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Enrollments;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Imports;

/// <summary>
/// Bulk enrollment (学员批量报名): one row per person and class. Each valid row takes a seat exactly as the enrollment
/// endpoint does (seats counted by the database, overlapping classes refused); a row refused at commit (class full,
/// overlapping class) is reported as a row error and the others are kept. Committed in one transaction.
/// </summary>
public sealed class EnrollmentImport(
    TrainingDbContext db, EnrollmentWriter writer, IPersonalDataProtector protector, IOptions<TrainingOptions> options,
    IOptions<DistrictOptions> district, TimeProvider time) : IImportKind
{
    public const string Kind = "enrollments";

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("classId", "培训班编号", true, "The class id shown on the class page", "培训班ID"),
        new("idNumber", "身份证号码", true, "Resident ID number (GB 11643)", "身份证号", "公民身份号码"),
        new("name", "姓名", true, "Trainee's name"),
        new("phone", "手机号码", false, "Mobile phone", "手机号", "联系电话"),
        new("category", "人员类别", true, "Trainee category code or name (失业人员, 就业困难人员, 在职从业人员, …)"),
        new("streetCode", "所属街道", false, "Street or town code or name; defaults to the employer's street for registered workers", "街道"),
    ];

    public async Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct)
    {
        var commit = execution.Mode == ImportMode.Commit;
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(ct) : null;
        var classes = new ImportClassCache(db, execution.Scope);
        var seen = new Dictionary<(Guid, string), int>();
        var now = time.GetUtcNow();
        var today = TrainingRules.Today(time);
        int read = 0, valid = 0, invalid = 0, created = 0;
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
            if (cls is not null && cls.Status != ClassStatus.Open)
            {
                Fail("classId", "培训班不在报名阶段 / the class is not open for enrollment");
            }

            ResidentIdInfo? id = null;
            if (!ResidentIdNumber.TryParse(row["idNumber"], today, out id))
            {
                Fail("idNumber", ResidentIdNumberValidator<ImportRow>.MessageFor(ResidentIdNumber.Validate(row["idNumber"], today)));
            }

            var name = row["name"];
            if (name is null || name.Length > 50) Fail("name", "姓名不能为空且不超过50字 / name is required (at most 50 characters)");
            var phone = row["phone"];
            if (phone is not null && !ValidationRuleExtensions.IsChinaPhone(phone)) Fail("phone", "电话号码无效 / invalid phone number");
            var category = ImportParsing.Catalogue(row["category"], options.Value.EffectiveTraineeCategories);
            if (category is null) Fail("category", "人员类别无效 / unknown trainee category");
            string? street = null;
            if (row["streetCode"] is { } streetText)
            {
                street = district.Value.EffectiveStreets.FirstOrDefault(s => s.Code == streetText || s.Name == streetText)?.Code;
                if (street is null) Fail("streetCode", "街道无效 / unknown street or town");
            }

            string? hash = null;
            if (ok)
            {
                hash = protector.LookupHash(id!.Normalized);
                if (seen.TryGetValue((cls!.Id, hash), out var first))
                {
                    Fail("idNumber", $"与第{first}行为同一人同一班 / the same person and class as row {first}");
                }
                else
                {
                    seen[(cls.Id, hash)] = row.Number;
                }
            }

            if (ok && commit)
            {
                try
                {
                    await writer.EnrollAsync(cls!, new PersonToEnroll(id!.Normalized, hash!, name!, phone, category!, street), now, ct);
                    created++;
                }
                catch (JiafuException ex)
                {
                    // Nothing of this row was saved (the writer saves last); drop what it staged.
                    db.ChangeTracker.Clear();
                    Fail(ex is FieldValidationException f ? f.Errors.Keys.First() : "idNumber", ex.Message);
                }
            }

            if (ok) valid++;
            else invalid++;
            execution.Progress(read);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new ImportCounts(read, valid, invalid, created, 0);
    }
}
