using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Registry.Features.Institutions;
using Jiafu.Shared.District;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Imports;

/// <summary>
/// Bulk import of institutions (家庭服务机构批量导入), upserted by the unified social credit code: a known institution inside the
/// caller's scope has its profile updated (its status is left alone), a new one is registered in the initial <c>Registered</c>
/// status. The same rules as the create and edit endpoints apply: a street officer only imports institutions of their own
/// street, an institution operator or API client may update their own institutions but not register new ones or move them
/// to another street. Rows are written in batches inside one transaction, so a commit is all or nothing for the valid rows.
/// </summary>
public sealed class InstitutionImport(
    RegistryDbContext db, IOptions<DistrictOptions> district, IOptions<RegistryOptions> options, TimeProvider time)
    : IImportKind
{
    public const string Kind = "institutions";

    private const int BatchSize = 500;

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("name", "机构名称", true, "Institution name", "名称", "单位名称"),
        new("creditCode", "统一社会信用代码", true, "Unified social credit code (GB 32100); the natural key", "信用代码"),
        new("streetCode", "所属街道", true, "Street or town: its code (GET /api/v1/registry/streets) or its name", "街道", "街道代码", "所属街道（镇）"),
        new("address", "地址", true, "Address", "经营地址", "注册地址"),
        new("legalRepresentative", "法定代表人", true, "Legal representative", "负责人"),
        new("contactPhone", "联系电话", true, "Contact phone (mobile or landline)", "电话"),
        new("businessFormats", "业态", true, "Business format codes or names, separated by 、 or ; or ,", "经营业态"),
        new("isAllianceMember", "联盟成员", false, "是/否 (true/false): member of the district alliance", "是否联盟成员"),
        new("allianceJoinedOn", "入盟日期", false, "Date of joining the alliance (yyyy-MM-dd)"),
    ];

    public async Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var commit = execution.Mode == ImportMode.Commit;
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(ct) : null;
        var seenInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<ParsedInstitution>(BatchSize);
        int read = 0, valid = 0, invalid = 0, created = 0, updated = 0;

        await foreach (var row in rows.WithCancellation(ct))
        {
            read++;
            var parsed = await ParseAsync(row, execution, ct);
            if (parsed is not null && seenInFile.TryGetValue(parsed.CreditCode, out var firstRow))
            {
                execution.Error(row.Number, "creditCode", $"The same credit code appears in row {firstRow}. 与第{firstRow}行的统一社会信用代码重复。");
                parsed = null;
            }

            if (parsed is null)
            {
                invalid++;
            }
            else
            {
                valid++;
                seenInFile[parsed.CreditCode] = row.Number;
                batch.Add(parsed);
            }

            if (batch.Count == BatchSize)
            {
                var (c, u) = await WriteBatchAsync(batch, commit, ct);
                (created, updated) = (created + c, updated + u);
                batch.Clear();
            }

            execution.Progress(read);
        }

        var (lastCreated, lastUpdated) = await WriteBatchAsync(batch, commit, ct);
        (created, updated) = (created + lastCreated, updated + lastUpdated);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new ImportCounts(read, valid, invalid, commit ? created : 0, commit ? updated : 0);
    }

    private async Task<ParsedInstitution?> ParseAsync(ImportRow row, ImportExecution execution, CancellationToken ct)
    {
        var ok = true;
        void Fail(string column, string message)
        {
            execution.Error(row.Number, column, message);
            ok = false;
        }

        var name = Required(row, "name", "机构名称", InstitutionRules.NameMaxLength, Fail);

        var creditCode = UnifiedSocialCreditCode.Normalize(row["creditCode"]);
        var codeError = UnifiedSocialCreditCode.Validate(creditCode);
        if (codeError != UnifiedSocialCreditCodeError.None)
        {
            Fail("creditCode", UnifiedSocialCreditCodeValidator<ImportRow>.MessageFor(codeError));
        }

        var streetCode = Street(row["streetCode"]);
        if (streetCode is null)
        {
            Fail("streetCode", row["streetCode"] is null
                ? "所属街道不能为空 / streetCode is required"
                : "未知街道 / unknown street; see GET /api/v1/registry/streets");
        }

        var address = Required(row, "address", "地址", InstitutionRules.AddressMaxLength, Fail);
        var legalRepresentative = Required(row, "legalRepresentative", "法定代表人", InstitutionRules.LegalRepresentativeMaxLength, Fail);
        var contactPhone = row["contactPhone"];
        if (contactPhone is null || contactPhone.Length > InstitutionRules.ContactPhoneMaxLength || !ValidationRuleExtensions.IsChinaPhone(contactPhone))
        {
            Fail("contactPhone", contactPhone is null ? "联系电话不能为空 / contactPhone is required" : "联系电话无效 / invalid phone number");
        }

        var (formats, unknownFormats) = ImportValues.Catalogue(ImportValues.List(row["businessFormats"]), options.Value.EffectiveBusinessFormats);
        if (formats.Count == 0 || unknownFormats.Count > 0)
        {
            Fail("businessFormats", unknownFormats.Count > 0
                ? $"未知业态 / unknown business formats: {string.Join(", ", unknownFormats)}"
                : "业态不能为空 / businessFormats is required");
        }

        var memberText = row["isAllianceMember"];
        var isMember = ImportValues.Boolean(memberText);
        if (memberText is not null && isMember is null)
        {
            Fail("isAllianceMember", "应为 是/否 (true/false)");
        }

        if (!ImportValues.TryDate(row["allianceJoinedOn"], out var joinedOn))
        {
            Fail("allianceJoinedOn", "日期格式应为 yyyy-MM-dd / expected a date");
        }
        else if (joinedOn > InstitutionRules.Today(time))
        {
            Fail("allianceJoinedOn", "入盟日期不能晚于今天 / allianceJoinedOn cannot be in the future");
        }

        if (!ok)
        {
            return null;
        }

        // Scope: the rules of the create and edit endpoints, row by row.
        var scope = execution.Scope;
        var existing = await db.Set<Institution>().AsNoTracking().Where(i => i.CreditCode == creditCode)
            .Select(i => new { i.Id, i.StreetCode }).SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            if (scope.Kind == DataScopeKind.Institutions)
            {
                Fail("creditCode", "机构经办人和接口客户端不能登记新机构 / institution operators and API clients cannot register institutions");
            }
            else if (!scope.AllowsStreet(streetCode))
            {
                Fail("streetCode", "只能登记本街道的机构 / you can only register institutions in your own street");
            }
        }
        else if (!scope.AllowsInstitution(existing.Id, existing.StreetCode))
        {
            Fail("creditCode", "该机构已由其他街道登记或不在您的权限范围内 / this institution is registered outside your scope");
        }
        else if (streetCode != existing.StreetCode && (scope.Kind == DataScopeKind.Institutions || !scope.AllowsStreet(streetCode)))
        {
            Fail("streetCode", "无权将机构变更到该街道 / you cannot move this institution to that street");
        }

        return ok
            ? new ParsedInstitution(name!, creditCode!, streetCode!, address!, legalRepresentative!, contactPhone!, formats, isMember, joinedOn)
            : null;
    }

    private static string? Required(ImportRow row, string column, string label, int maxLength, Action<string, string> fail)
    {
        var value = row[column];
        if (value is null)
        {
            fail(column, $"{label}不能为空 / {column} is required");
        }
        else if (value.Length > maxLength)
        {
            fail(column, $"{label}过长 / {column} is longer than {maxLength} characters");
        }

        return value;
    }

    /// <summary>A street given by its code or its name.</summary>
    private string? Street(string? value) =>
        value is null ? null : district.Value.EffectiveStreets.FirstOrDefault(s => s.Code == value || s.Name == value)?.Code;

    private async Task<(int Created, int Updated)> WriteBatchAsync(List<ParsedInstitution> batch, bool commit, CancellationToken ct)
    {
        if (!commit || batch.Count == 0)
        {
            return (0, 0);
        }

        var codes = batch.Select(b => b.CreditCode).ToList();
        var existing = await db.Set<Institution>().Where(i => codes.Contains(i.CreditCode)).ToDictionaryAsync(i => i.CreditCode, ct);
        var now = InstitutionRules.Now(time);
        int created = 0, updated = 0;
        foreach (var row in batch)
        {
            if (existing.TryGetValue(row.CreditCode, out var institution))
            {
                Apply(institution, row);
                institution.Touch(now);
                db.Entry(institution).State = EntityState.Modified;
                updated++;
                continue;
            }

            institution = new Institution
            {
                Name = row.Name,
                CreditCode = row.CreditCode,
                StreetCode = row.StreetCode,
                Address = row.Address,
                LegalRepresentative = row.LegalRepresentative,
                ContactPhone = row.ContactPhone,
                CreatedAt = now,
                UpdatedAt = now,
            };
            Apply(institution, row);
            db.Add(institution);
            created++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (created, updated);
    }

    private static void Apply(Institution institution, ParsedInstitution row)
    {
        institution.Name = row.Name;
        institution.StreetCode = row.StreetCode;
        institution.Address = row.Address;
        institution.LegalRepresentative = row.LegalRepresentative;
        institution.ContactPhone = row.ContactPhone;
        institution.BusinessFormats = row.BusinessFormats;
        if (row.IsAllianceMember is { } member)
        {
            institution.IsAllianceMember = member;
            institution.AllianceJoinedOn = member ? row.AllianceJoinedOn ?? institution.AllianceJoinedOn : null;
        }
        else if (row.AllianceJoinedOn is not null && institution.IsAllianceMember)
        {
            institution.AllianceJoinedOn = row.AllianceJoinedOn;
        }
    }

    private sealed record ParsedInstitution(
        string Name, string CreditCode, string StreetCode, string Address, string LegalRepresentative, string ContactPhone,
        List<string> BusinessFormats, bool? IsAllianceMember, DateOnly? AllianceJoinedOn);
}
