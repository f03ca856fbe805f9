using System.Globalization;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Security;

namespace Jiafu.Registry.Features;

/// <summary>An XLSX export ready to send: a temporary file (deleted when the stream is closed), its download name and row count.</summary>
public sealed record ExportFile(Stream Content, string FileName, int Rows)
{
    public const string ContentType = XlsxExport.ContentType;
}

/// <summary>
/// The register's list exports (导出): the row cap checked before anything is written, and the register's names for
/// codes; writing, naming and auditing the file are the kernel's <see cref="XlsxExport"/>.
/// </summary>
public static class RegistryExport
{
    /// <summary>Throws a 400 when <paramref name="rows"/> exceeds the configured cap.</summary>
    public static void EnsureWithinCap(int rows, RegistryOptions options)
    {
        if (rows > options.ExportMaxRows)
        {
            throw new FieldValidationException("filters",
                $"The export would hold {rows} rows; at most {options.ExportMaxRows} can be exported at once. Narrow the filters. "
                + $"导出结果共{rows}行，超过单次上限{options.ExportMaxRows}行，请缩小筛选范围。");
        }
    }

    /// <summary>Writes <paramref name="rows"/> (a lazily read query) to a self-deleting temporary XLSX file.</summary>
    public static Task<Stream> WriteAsync<T>(IEnumerable<T> rows, string sheetName, CancellationToken ct) =>
        XlsxExport.WriteAsync(rows, sheetName, ct);

    /// <summary>The download name: <c>{prefix}-{yyyyMMdd}.xlsx</c>, dated in China time.</summary>
    public static string FileName(string prefix, TimeProvider time) => XlsxExport.FileName(prefix, time);

    /// <summary>Records the export in the audit trail: who, which list, the filters (no personal data) and the row count.</summary>
    public static Task AuditAsync(IAuditSink sink, ICurrentUser user, TimeProvider time, string action, string targetType,
        IEnumerable<(string Name, object? Value)> filters, int rows, CancellationToken ct) =>
        XlsxExport.AuditAsync(sink, user, time, RegistryModule.Name, action, targetType, filters, rows, ct);

    public static string Local(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "是" : "否";

    /// <summary>Catalogue names (Chinese) of the codes, joined with 、; unknown codes are kept as they are.</summary>
    public static string Names(IEnumerable<string> codes, IReadOnlyList<CatalogItem> catalogue) =>
        string.Join("、", codes.Select(c => catalogue.FirstOrDefault(i => i.Code == c)?.Name ?? c));

    public static string StatusName(InstitutionStatus status) => status switch
    {
        InstitutionStatus.Registered => "登记",
        InstitutionStatus.PendingRecognition => "申请认定",
        InstitutionStatus.Recognised => "认定",
        InstitutionStatus.Rejected => "驳回",
        InstitutionStatus.Suspended => "暂停",
        InstitutionStatus.Revoked => "撤销",
        _ => status.ToString(),
    };

    public static string EmploymentTypeName(EmploymentType type) => type switch
    {
        EmploymentType.EmployeeBased => "员工制",
        EmploymentType.Affiliated => "挂靠",
        EmploymentType.Flexible => "灵活就业",
        _ => type.ToString(),
    };

    public static string CredentialName(CredentialStatus status) => status switch
    {
        CredentialStatus.Green => "绿码",
        CredentialStatus.Yellow => "黄码",
        CredentialStatus.Red => "红码",
        _ => status.ToString(),
    };
}
