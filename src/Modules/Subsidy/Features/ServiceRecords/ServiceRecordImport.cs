using System.Globalization;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.ServiceRecords;

/// <summary>
/// Bulk import of resident-household service records (居民家庭服务记录导入) for the service-fee reduction
/// (服务费用减免): date, household head's resident ID (stored encrypted, keyed by its hash), service type, and the
/// institution by credit code (within the importer's scope). A record already imported (same institution, household,
/// date and type) is left as it is, so importing a file again changes nothing. A commit is one transaction.
/// </summary>
public sealed class ServiceRecordImport(
    SubsidyDbContext db, IRegistryReader registry, IPersonalDataProtector protector, IOptions<SubsidyOptions> options, TimeProvider time) : IImportKind
{
    public const string Kind = "service-records";

    private const int BatchSize = 500;

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("institutionCreditCode", "服务机构统一社会信用代码", true, "The institution that served the household", "统一社会信用代码", "机构信用代码"),
        new("serviceDate", "服务日期", true, "Date of the service (yyyy-MM-dd), not in the future"),
        new("householdHeadIdNumber", "户主身份证号码", true, "Household head's resident ID number (GB 11643)", "户主身份证号", "身份证号码"),
        new("serviceType", "服务项目", true, "The service, one of the configured catalogue (Subsidy:ServiceFeeReductionServiceTypes, e.g. 保洁, 月嫂, 养老护理)", "服务类型"),
    ];

    public async Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct)
    {
        var institutions = new Dictionary<string, InstitutionSummary?>(StringComparer.OrdinalIgnoreCase);
        var catalogue = options.Value.ServiceTypes.ToDictionary(t => t.Trim(), t => t.Trim(), StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(Guid, string, DateOnly, string), int>();
        var today = SubsidyRules.Today(time);
        var now = SubsidyRules.Now(time);
        var commit = execution.Mode == ImportMode.Commit;
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(ct) : null;
        int read = 0, valid = 0, invalid = 0, created = 0, pending = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            read++;
            execution.Progress(read);
            var ok = true;
            void Fail(string column, string message)
            {
                execution.Error(row.Number, column, message);
                ok = false;
            }

            InstitutionSummary? institution = null;
            var creditCode = UnifiedSocialCreditCode.Normalize(row["institutionCreditCode"]);
            if (creditCode is null)
            {
                Fail("institutionCreditCode", "服务机构不能为空 / institutionCreditCode is required");
            }
            else
            {
                if (!institutions.TryGetValue(creditCode, out institution))
                {
                    institution = await registry.FindInstitutionByCreditCodeAsync(creditCode, ct);
                    institutions[creditCode] = institution;
                }

                if (institution is null || !execution.Scope.AllowsInstitution(institution.Id, institution.StreetCode))
                {
                    Fail("institutionCreditCode", "未找到该机构或无权限 / no such institution in your scope");
                }
            }

            var dateText = row["serviceDate"];
            if (!DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Fail("serviceDate", "日期格式应为 yyyy-MM-dd / expected a date");
            }
            else if (date > today || date.Year < 2000)
            {
                Fail("serviceDate", "服务日期不能晚于今天 / the service date cannot be in the future");
            }

            var idNumber = ResidentIdNumber.Normalize(row["householdHeadIdNumber"]);
            var idError = ResidentIdNumber.Validate(idNumber);
            if (idError != ResidentIdNumberError.None)
            {
                Fail("householdHeadIdNumber", ResidentIdNumberValidator<ImportRow>.MessageFor(idError));
            }

            var typed = row["serviceType"]?.Trim();
            string? serviceType = null;
            if (string.IsNullOrEmpty(typed))
            {
                Fail("serviceType", "服务项目不能为空 / serviceType is required");
            }
            else if (!catalogue.TryGetValue(typed, out serviceType))
            {
                Fail("serviceType", $"服务项目不在目录中（{string.Join("、", catalogue.Values)}）/ not a service type of the catalogue");
            }

            if (!ok)
            {
                invalid++;
                continue;
            }

            var hash = protector.LookupHash(idNumber!);
            var key = (institution!.Id, hash, date, serviceType!);
            if (seen.TryGetValue(key, out var first))
            {
                execution.Error(row.Number, "serviceDate", $"The same service appears in row {first}. 与第{first}行为同一服务记录。");
                invalid++;
                continue;
            }

            seen[key] = row.Number;
            valid++;
            if (!commit)
            {
                continue;
            }

            var exists = await db.Set<ServiceRecord>().AnyAsync(
                r => r.InstitutionId == institution.Id && r.HouseholdHash == hash && r.ServiceDate == date && r.ServiceType == serviceType, ct);
            if (exists)
            {
                continue;
            }

            var record = new ServiceRecord
            {
                InstitutionId = institution.Id,
                StreetCode = institution.StreetCode,
                ServiceDate = date,
                HouseholdHash = hash,
                HouseholdHeadIdEncrypted = protector.Encrypt(idNumber!),
                HouseholdHeadIdMasked = Mask.IdNumber(idNumber),
                ServiceType = serviceType!,
                ClaimKey = "",
                ImportJobId = execution.JobId,
                CreatedAt = now,
                CreatedBy = execution.Actor.Name.Length > SubsidyRules.ActorMaxLength ? execution.Actor.Name[..SubsidyRules.ActorMaxLength] : execution.Actor.Name,
            };
            record.ClaimKey = record.Id.ToString();
            db.Set<ServiceRecord>().Add(record);
            created++;
            if (++pending == BatchSize)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        if (transaction is not null)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return new ImportCounts(read, valid, invalid, created, 0);
    }
}
