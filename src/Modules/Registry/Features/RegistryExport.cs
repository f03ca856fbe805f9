using System.Diagnostics;
using System.Globalization;
using Jiafu.Contracts.Audit;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using MiniExcelLibs;

namespace Jiafu.Registry.Features;

/// <summary>An XLSX export ready to send: a temporary file (deleted when the stream is closed), its download name and row count.</summary>
public sealed record ExportFile(Stream Content, string FileName, int Rows)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// Writes list exports (导出) as XLSX: the rows are streamed from the database to a temporary file (memory stays flat
/// whatever the row count), the row cap is checked before anything is written, and every export is audited with who
/// asked for it, the filters and the row count.
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
    public static async Task<Stream> WriteAsync<T>(IEnumerable<T> rows, string sheetName, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jiafu-export-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await MiniExcel.SaveAsAsync(file, rows, printHeader: true, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The download name: <c>{prefix}-{yyyyMMdd}.xlsx</c>, dated in China time.</summary>
    public static string FileName(string prefix, TimeProvider time) =>
        $"{prefix}-{time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}.xlsx";

    /// <summary>Records the export in the audit trail: who, which list, the filters (no personal data) and the row count.</summary>
    public static Task AuditAsync(IAuditSink sink, ICurrentUser user, TimeProvider time, string action, string targetType,
        IEnumerable<(string Name, object? Value)> filters, int rows, CancellationToken ct)
    {
        var applied = filters.Where(f => f.Value is not null && !(f.Value is string s && string.IsNullOrWhiteSpace(s)))
            .Select(f => $"{f.Name}={Convert.ToString(f.Value, CultureInfo.InvariantCulture)}").ToList();
        var reason = $"filters: {(applied.Count == 0 ? "(none)" : string.Join(", ", applied))}; rows: {rows}; scope: {DataScope.From(user).ToStorageString()}";
        return sink.RecordAsync(new AuditRecorded
        {
            Module = RegistryModule.Name,
            Action = action,
            Actor = AuditActorFactory.From(user),
            TargetType = targetType,
            Outcome = AuditOutcome.Succeeded,
            Reason = reason.Length > 1000 ? reason[..1000] : reason,
            TraceId = Activity.Current?.TraceId.ToString(),
            OccurredAt = time.GetUtcNow(),
        }, ct);
    }

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
