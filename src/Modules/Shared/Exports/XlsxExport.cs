using System.Diagnostics;
using System.Globalization;
using Jiafu.Contracts.Audit;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Security;
using MiniExcelLibs;

namespace Jiafu.Shared.Exports;

/// <summary>
/// XLSX exports (导出) of every module: rows streamed to a self-deleting temporary file (memory stays flat whatever the
/// row count), a dated download name, and the audit entry that records who exported what.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes <paramref name="rows"/> (a lazily read query is fine) to a temporary XLSX file deleted when the stream is closed.</summary>
    public static async Task<Stream> WriteAsync<T>(IEnumerable<T> rows, string sheetName, CancellationToken ct, bool printHeader = true)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jiafu-export-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await MiniExcel.SaveAsAsync(file, rows, printHeader: printHeader, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
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
        $"{prefix}-{time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";

    /// <summary>Records the export in the audit trail: who, which list, the filters (no personal data), the row count and the data scope.</summary>
    public static Task AuditAsync(IAuditSink sink, ICurrentUser user, TimeProvider time, string module, string action, string targetType,
        IEnumerable<(string Name, object? Value)> filters, int rows, CancellationToken ct)
    {
        var applied = filters.Where(f => f.Value is not null && !(f.Value is string s && string.IsNullOrWhiteSpace(s)))
            .Select(f => $"{f.Name}={Convert.ToString(f.Value, CultureInfo.InvariantCulture)}").ToList();
        var reason = $"filters: {(applied.Count == 0 ? "(none)" : string.Join(", ", applied))}; rows: {rows}; scope: {DataScope.From(user).ToStorageString()}";
        return sink.RecordAsync(new AuditRecorded
        {
            Module = module,
            Action = action,
            Actor = AuditActorFactory.From(user),
            TargetType = targetType,
            Outcome = AuditOutcome.Succeeded,
            Reason = reason.Length > 1000 ? reason[..1000] : reason,
            TraceId = Activity.Current?.TraceId.ToString(),
            OccurredAt = time.GetUtcNow(),
        }, ct);
    }
}
