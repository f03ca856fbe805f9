using System.Threading.Channels;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Registry.Features.Workers;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Imports;

/// <summary>
/// Bulk import of workers (从业人员批量导入), upserted by the keyed hash of the resident ID number: a known person is
/// updated (and moved when the institution differs, keeping the employment history), a new one registered.
/// A commit is one transaction, so it is all or nothing for the valid rows; new rows are written in batches by
/// <see cref="WorkerBatchWriter"/> (prepared statements on SQLite, EF Core elsewhere; see docs/adr/0006).
/// </summary>
public sealed class WorkerImport(
    RegistryDbContext db, IPersonalDataProtector protector, IOptions<RegistryOptions> options, IOptions<ImportOptions> importOptions,
    TimeProvider time) : IImportKind
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

        // Institutions are few (a district has hundreds): loaded once, so parsing never touches the context the writer uses.
        var institutions = await db.Set<Institution>().AsNoTracking()
            .Select(i => new { i.CreditCode, i.Id, i.StreetCode })
            .ToDictionaryAsync(i => i.CreditCode, i => (i.Id, i.StreetCode), StringComparer.OrdinalIgnoreCase, ct);
        var seenInFile = new Dictionary<string, int>();
        var today = WorkerRules.Today(time);
        int read = 0, valid = 0, invalid = 0;

        ParsedWorker? Next(ImportRow row)
        {
            read++;
            var parsed = Parse(row, execution, institutions, today);
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
            }

            execution.Progress(read);
            return parsed;
        }

        if (execution.Mode != ImportMode.Commit)
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                Next(row);
            }

            return new ImportCounts(read, valid, invalid, 0, 0);
        }

        // Commit: one transaction for the file. Rows are parsed, validated and prepared (encrypted, hashed, masked, encoded
        // for the prepared statements) on this task while the previous batch is written on a thread of its own, through a
        // bounded channel (memory stays flat). The writer is synchronous database work for as long as the file takes:
        // on a thread-pool thread it would hold one of the few (one per core) that serve requests meanwhile, and requests
        // such as the job's own status would wait for the pool to add threads.
        var preparedStatements = db.Database.IsSqlite() && importOptions.Value.SqlitePreparedWriter;
        await using var session = preparedStatements ? await SqliteImportSession.BeginAsync(db, importOptions.Value.SqliteImportCacheKiB, ct) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        using var writer = new WorkerBatchWriter(db, execution.JobId, preparedStatements, now);
        var batches = Channel.CreateBounded<List<PreparedWorker>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writing = Task.Factory.StartNew(() =>
        {
            try
            {
                while (batches.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (batches.Reader.TryRead(out var batch))
                    {
                        writer.Write(batch);
                    }
                }
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            var batch = new List<PreparedWorker>(BatchSize);
            await foreach (var row in rows.WithCancellation(stop.Token))
            {
                if (Next(row) is not { } parsed)
                {
                    continue;
                }

                batch.Add(writer.Prepare(parsed, NewWorker(parsed, now)));
                if (batch.Count == BatchSize)
                {
                    await batches.Writer.WriteAsync(batch, stop.Token);
                    batch = new List<PreparedWorker>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await batches.Writer.WriteAsync(batch, stop.Token);
            }

            batches.Writer.Complete();
        }
        catch
        {
            batches.Writer.TryComplete();
            await stop.CancelAsync();
            try
            {
                await writing;
            }
            catch (OperationCanceledException)
            {
                // The writer stopped because reading failed: report the reading failure below.
            }

            throw;
        }

        // Rethrows the writer's failure (nothing is committed: disposing the transaction rolls it back).
        await writing;
        await transaction.CommitAsync(ct);
        return new ImportCounts(read, valid, invalid, writer.Created, writer.Updated);
    }

    /// <summary>After a commit has been reported: the write-ahead log checkpoint it deferred (<see cref="SqliteImportSession"/>).</summary>
    public Task SettleAsync(CancellationToken ct) => SqliteImportSession.CheckpointAsync(db, ct);

    private ParsedWorker? Parse(
        ImportRow row, ImportExecution execution, Dictionary<string, (Guid Id, string StreetCode)> institutions, DateOnly today)
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
        var idError = ResidentIdNumber.Validate(idNumber, today, out var info);
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
            if (institutions.TryGetValue(creditCode, out var found))
            {
                institution = found;
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

        return new ParsedWorker(name!, idNumber!, protector.LookupHash(idNumber!), info!, phone!, institution!.Value.Id,
            institution.Value.StreetCode, employmentType!.Value, jobTypes, healthCheckDate,
            healthValidUntil ?? healthCheckDate?.AddMonths(options.Value.HealthCheckValidityMonths), insuranceValidUntil, verified);
    }

    /// <summary>The new worker a valid row would register (used as is when the person is unknown).</summary>
    private Worker NewWorker(ParsedWorker row, DateTimeOffset now) => new()
    {
        Name = row.Name,
        IdNumberEncrypted = protector.Encrypt(row.IdNumber),
        IdNumberHash = row.IdHash,
        IdNumberMasked = Mask.IdNumber(row.IdNumber),
        Gender = row.Info.Gender == Shared.Validation.Gender.Female ? Domain.Gender.Female : Domain.Gender.Male,
        BirthDate = row.Info.BirthDate,
        PhoneEncrypted = protector.Encrypt(row.Phone),
        PhoneHash = protector.LookupHash(row.Phone),
        PhoneMasked = Mask.Phone(row.Phone),
        InstitutionId = row.InstitutionId,
        StreetCode = row.StreetCode,
        EmploymentType = row.EmploymentType,
        JobTypes = row.JobTypes,
        HealthCheckDate = row.HealthCheckDate,
        HealthCheckValidUntil = row.HealthCheckValidUntil,
        AccidentInsuranceValidUntil = row.AccidentInsuranceValidUntil,
        IdentityVerified = row.IdentityVerified ?? false,
        CreatedAt = now,
        UpdatedAt = now,
    };

    internal sealed record ParsedWorker(
        string Name, string IdNumber, string IdHash, ResidentIdInfo Info, string Phone, Guid InstitutionId, string StreetCode,
        EmploymentType EmploymentType, List<string> JobTypes, DateOnly? HealthCheckDate, DateOnly? HealthCheckValidUntil,
        DateOnly? AccidentInsuranceValidUntil, bool? IdentityVerified);

    /// <summary>
    /// A valid row, the worker and first employment it registers when the person is not known yet, and (for the SQLite
    /// writer) both rows already encoded for their prepared statements.
    /// </summary>
    internal sealed record PreparedWorker(
        ParsedWorker Row, Worker NewWorker, WorkerEmployment NewEmployment, SqliteRow? WorkerRow, SqliteRow? EmploymentRow);
}
