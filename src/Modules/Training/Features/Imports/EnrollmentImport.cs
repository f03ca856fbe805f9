using Jiafu.Contracts.Registry;
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
/// Bulk enrollment (学员批量报名): one row per person and class. Each valid row takes a seat by the enrollment endpoint's
/// rules (seats counted by the database, overlapping classes refused, the street required for people the register does
/// not know); a row refused (class full, overlapping class) is reported as a row error and the others are kept. Validation
/// applies the same rules and rolls back, so it reports what a commit of the same file would.
/// Committed in one transaction; valid rows are written in batches by <see cref="EnrollmentBatchWriter"/> (see
/// docs/adr/0069), so the cost per row does not grow with the file.
/// </summary>
public sealed class EnrollmentImport(
    TrainingDbContext db, IRegistryReader registry, IPersonalDataProtector protector, IOptions<TrainingOptions> options,
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

    private const int BatchSize = 1000;

    public async Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct)
    {
        var commit = execution.Mode == ImportMode.Commit;
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // Validation takes the commit's path inside a transaction that is rolled back: it reports exactly the rows a commit
        // would refuse (class full, overlapping class, street missing), not only bad cells, and leaves nothing behind.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var classes = new ImportClassCache(db, execution.Scope);
        var seen = new Dictionary<(Guid, string), int>();
        var now = time.GetUtcNow();
        var today = TrainingRules.Today(time);
        var writer = new EnrollmentBatchWriter(db, registry, protector, now);
        var batch = new List<EnrollmentBatchWriter.Row>(BatchSize);

        // While valid rows wait in the batch, later rows' errors are held, then reported with the batch's refusals in row
        // order: the job keeps the same (first MaxErrors) errors as when each row was written on its own.
        var held = new List<ImportRowError>();
        int read = 0, valid = 0, invalid = 0, created = 0;

        async Task FlushAsync()
        {
            var refused = await writer.WriteAsync(batch, ct);
            foreach (var (row, ex) in refused)
            {
                // A field error names its field and says what is wrong with it; its general message ("One or more fields are
                // invalid.") would tell the officer nothing.
                held.Add(ex is FieldValidationException { Errors.Count: > 0 } f
                    ? new ImportRowError(row.Number, f.Errors.First().Key, string.Join(" ", f.Errors.First().Value))
                    : new ImportRowError(row.Number, "idNumber", ex.Message));
            }

            valid -= refused.Count;
            invalid += refused.Count;
            created += batch.Count - refused.Count;
            batch.Clear();
            foreach (var error in held.OrderBy(e => e.Row))
            {
                execution.Error(error.Row, error.Column, error.Message);
            }

            held.Clear();
        }

        await foreach (var row in rows.WithCancellation(ct))
        {
            read++;
            var ok = true;
            void Fail(string column, string message)
            {
                if (batch.Count > 0)
                {
                    held.Add(new ImportRowError(row.Number, column, message));
                }
                else
                {
                    execution.Error(row.Number, column, message);
                }

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

            if (ok) valid++;
            else invalid++;
            if (ok)
            {
                batch.Add(new EnrollmentBatchWriter.Row(row.Number, cls!, new PersonToEnroll(id!.Normalized, hash!, name!, phone, category!, street)));
            }

            if (batch.Count == BatchSize || held.Count >= BatchSize)
            {
                await FlushAsync();
            }

            execution.Progress(read);
        }

        await FlushAsync();
        if (commit)
        {
            await transaction.CommitAsync(ct);
            return new ImportCounts(read, valid, invalid, created, 0);
        }

        await transaction.RollbackAsync(ct);
        return new ImportCounts(read, valid, invalid, 0, 0);
    }
}
