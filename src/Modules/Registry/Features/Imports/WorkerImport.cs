using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Imports;

/// <summary>
/// Bulk import of workers (从业人员批量导入), upserted by the keyed hash of the resident ID number: a known person is
/// updated (and moved when the institution differs, keeping the employment history), a new one registered.
/// Rows are processed in batches inside one transaction, so a commit is all or nothing for the valid rows.
/// </summary>
public sealed class WorkerImport(RegistryDbContext db, IPersonalDataProtector protector, IOptions<RegistryOptions> options, TimeProvider time)
    : IImportKind
{
    public const string Kind = "workers";

    private const int BatchSize = 1000;

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("name", "姓名", true, "Worker's name"),
        new("idNumber", "身份证号码", true, "Resident ID number (GB 11643)", "身份证号", "公民身份号码"),
        new("phone", "手机号码", true, "Mobile phone", "手机号", "联系电话"),
        new("institutionCreditCode", "所属机构统一社会信用代码", true, "Employer's unified social credit code", "统一社会信用代码", "机构信用代码"),
        new("employmentType", "用工形式", true, "EmployeeBased (员工制), Affiliated (挂靠) or Flexible (灵活就业)"),
        new("jobTypes", "工种", true, "Job type codes or names, separated by commas or 、"),
        new("healthCheckDate", "体检日期", false, "Date of the last health check"),
        new("healthCheckValidUntil", "体检有效期至", false, "Health check valid until (default: date + validity months)"),
        new("accidentInsuranceValidUntil", "意外险有效期至", false, "Accident insurance valid until", "意外伤害保险有效期至"),
        new("identityVerified", "已实名核验", false, "是/否 (true/false)"),
    ];

    public async Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var commit = execution.Mode == ImportMode.Commit;
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(ct) : null;
        var institutions = new Dictionary<string, (Guid Id, string StreetCode)?>();
        var seenInFile = new Dictionary<string, int>();
        var batch = new List<ParsedWorker>(BatchSize);
        int read = 0, valid = 0, invalid = 0, created = 0, updated = 0;

        await foreach (var row in rows.WithCancellation(ct))
        {
            read++;
            var parsed = await ParseAsync(row, execution, institutions, ct);
            if (parsed is not null && seenInFile.TryGetValue(parsed.IdHash, out var firstRow))
            {
                execution.Error(row.Number, "idNumber", $"The same person appears in row {firstRow}. 与第{firstRow}行为同一人。");
                parsed = null;
            }

            if (parsed is null)
            {
                invalid++;
            }
            else
            {
                valid++;
                seenInFile[parsed.IdHash] = row.Number;
                batch.Add(parsed);
            }

            if (batch.Count == BatchSize)
            {
                (created, updated) = Add((created, updated), await WriteBatchAsync(batch, commit, ct));
                batch.Clear();
            }

            execution.Progress(read);
        }

        (created, updated) = Add((created, updated), await WriteBatchAsync(batch, commit, ct));
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new ImportCounts(read, valid, invalid, commit ? created : 0, commit ? updated : 0);
    }

    private static (int, int) Add((int C, int U) a, (int C, int U) b) => (a.C + b.C, a.U + b.U);

    private async Task<ParsedWorker?> ParseAsync(ImportRow row, ImportExecution execution,
        Dictionary<string, (Guid Id, string StreetCode)?> institutions, CancellationToken ct)
    {
        var ok = true;
        void Fail(string column, string message)
        {
            execution.Error(row.Number, column, message);
            ok = false;
        }

        var name = row["name"];
        if (name is null || name.Length > 50)
        {
            Fail("name", name is null ? "姓名不能为空 / name is required" : "姓名过长 / name is longer than 50 characters");
        }

        var idNumber = ResidentIdNumber.Normalize(row["idNumber"]);
        var idError = ResidentIdNumber.Validate(idNumber);
        if (idError != ResidentIdNumberError.None)
        {
            Fail("idNumber", ResidentIdNumberValidator<ImportRow>.MessageFor(idError));
        }

        var phone = row["phone"];
        if (!ValidationRuleExtensions.IsChinaMobilePhone(phone))
        {
            Fail("phone", "手机号码无效 / invalid mobile phone number");
        }

        (Guid Id, string StreetCode)? institution = null;
        var creditCode = UnifiedSocialCreditCode.Normalize(row["institutionCreditCode"]);
        if (creditCode is null)
        {
            Fail("institutionCreditCode", "所属机构不能为空 / institutionCreditCode is required");
        }
        else
        {
            if (!institutions.TryGetValue(creditCode, out institution))
            {
                var found = await db.Set<Institution>().AsNoTracking().Where(i => i.CreditCode == creditCode)
                    .Select(i => new { i.Id, i.StreetCode }).SingleOrDefaultAsync(ct);
                institution = found is null ? null : (found.Id, found.StreetCode);
                institutions[creditCode] = institution;
            }

            if (institution is null || !execution.Scope.AllowsInstitution(institution.Value.Id, institution.Value.StreetCode))
            {
                Fail("institutionCreditCode", "未找到该机构或无权限 / no such institution in your scope");
            }
        }

        var employmentType = ImportValues.EmploymentType(row["employmentType"]);
        if (employmentType is null)
        {
            Fail("employmentType", "用工形式应为 员工制/挂靠/灵活就业 (EmployeeBased/Affiliated/Flexible)");
        }

        var (jobTypes, unknownJobTypes) = ImportValues.Catalogue(ImportValues.List(row["jobTypes"]), options.Value.EffectiveJobTypes);
        if (jobTypes.Count == 0 || unknownJobTypes.Count > 0)
        {
            Fail("jobTypes", unknownJobTypes.Count > 0 ? $"未知工种 / unknown job types: {string.Join(", ", unknownJobTypes)}" : "工种不能为空 / jobTypes is required");
        }

        DateOnly? healthCheckDate = null, healthValidUntil = null, insuranceValidUntil = null;
        if (!ImportValues.TryDate(row["healthCheckDate"], out healthCheckDate)) Fail("healthCheckDate", "日期格式应为 yyyy-MM-dd / expected a date");
        if (!ImportValues.TryDate(row["healthCheckValidUntil"], out healthValidUntil)) Fail("healthCheckValidUntil", "日期格式应为 yyyy-MM-dd / expected a date");
        if (!ImportValues.TryDate(row["accidentInsuranceValidUntil"], out insuranceValidUntil)) Fail("accidentInsuranceValidUntil", "日期格式应为 yyyy-MM-dd / expected a date");
        var verifiedText = row["identityVerified"];
        var verified = ImportValues.Boolean(verifiedText);
        if (verifiedText is not null && verified is null)
        {
            Fail("identityVerified", "应为 是/否 (true/false)");
        }

        if (!ok)
        {
            return null;
        }

        ResidentIdNumber.TryParse(idNumber, out var info);
        return new ParsedWorker(name!, idNumber!, protector.LookupHash(idNumber!), info!, phone!, institution!.Value.Id,
            institution.Value.StreetCode, employmentType!.Value, jobTypes, healthCheckDate,
            healthValidUntil ?? healthCheckDate?.AddMonths(options.Value.HealthCheckValidityMonths), insuranceValidUntil, verified);
    }

    private async Task<(int Created, int Updated)> WriteBatchAsync(List<ParsedWorker> batch, bool commit, CancellationToken ct)
    {
        if (!commit || batch.Count == 0)
        {
            return (0, 0);
        }

        var hashes = batch.Select(b => b.IdHash).ToList();
        var existing = await db.Set<Worker>().Where(w => hashes.Contains(w.IdNumberHash)).ToDictionaryAsync(w => w.IdNumberHash, ct);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        int created = 0, updated = 0;
        foreach (var row in batch)
        {
            if (existing.TryGetValue(row.IdHash, out var worker))
            {
                Apply(worker, row);
                if (worker.InstitutionId != row.InstitutionId)
                {
                    await MoveAsync(worker, row, today, ct);
                }

                worker.Touch(now);
                db.Entry(worker).State = EntityState.Modified;
                updated++;
                continue;
            }

            worker = new Worker
            {
                Name = row.Name,
                IdNumberEncrypted = protector.Encrypt(row.IdNumber),
                IdNumberHash = row.IdHash,
                IdNumberMasked = Mask.IdNumber(row.IdNumber),
                Gender = row.Info.Gender == Shared.Validation.Gender.Female ? Domain.Gender.Female : Domain.Gender.Male,
                BirthDate = row.Info.BirthDate,
                InstitutionId = row.InstitutionId,
                StreetCode = row.StreetCode,
                CreatedAt = now,
                UpdatedAt = now,
            };
            Apply(worker, row);
            db.Add(worker);
            db.Add(new WorkerEmployment { WorkerId = worker.Id, InstitutionId = row.InstitutionId, EmploymentType = row.EmploymentType, StartedOn = today });
            db.AddIntegrationEvent(new WorkerRegistered(worker.Id, worker.IdNumberHash, worker.InstitutionId, worker.StreetCode));
            created++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (created, updated);
    }

    private void Apply(Worker worker, ParsedWorker row)
    {
        worker.Name = row.Name;
        worker.PhoneEncrypted = protector.Encrypt(row.Phone);
        worker.PhoneHash = protector.LookupHash(row.Phone);
        worker.PhoneMasked = Mask.Phone(row.Phone);
        worker.EmploymentType = row.EmploymentType;
        worker.JobTypes = row.JobTypes;
        worker.HealthCheckDate = row.HealthCheckDate ?? worker.HealthCheckDate;
        worker.HealthCheckValidUntil = row.HealthCheckValidUntil ?? worker.HealthCheckValidUntil;
        worker.AccidentInsuranceValidUntil = row.AccidentInsuranceValidUntil ?? worker.AccidentInsuranceValidUntil;
        worker.IdentityVerified = row.IdentityVerified ?? worker.IdentityVerified;
    }

    private async Task MoveAsync(Worker worker, ParsedWorker row, DateOnly today, CancellationToken ct)
    {
        var open = await db.Set<WorkerEmployment>().Where(e => e.WorkerId == worker.Id && e.EndedOn == null).ToListAsync(ct);
        foreach (var employment in open)
        {
            employment.EndedOn = today;
            db.Entry(employment).State = EntityState.Modified;
        }

        db.Add(new WorkerEmployment { WorkerId = worker.Id, InstitutionId = row.InstitutionId, EmploymentType = row.EmploymentType, StartedOn = today });
        db.AddIntegrationEvent(new WorkerMoved(worker.Id, worker.InstitutionId, row.InstitutionId));
        worker.InstitutionId = row.InstitutionId;
        worker.StreetCode = row.StreetCode;
    }

    private sealed record ParsedWorker(
        string Name, string IdNumber, string IdHash, ResidentIdInfo Info, string Phone, Guid InstitutionId, string StreetCode,
        EmploymentType EmploymentType, List<string> JobTypes, DateOnly? HealthCheckDate, DateOnly? HealthCheckValidUntil,
        DateOnly? AccidentInsuranceValidUntil, bool? IdentityVerified);
}
