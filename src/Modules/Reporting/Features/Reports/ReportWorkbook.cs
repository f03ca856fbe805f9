using System.Globalization;
using Jiafu.Shared.Exports;

namespace Jiafu.Reporting.Features.Reports;

/// <summary>
/// Writes a report form as XLSX in the official layout: the title, then 填报单位 / 统计期间 / 统计范围, each section with
/// its heading, column headings, rows and 合计 row, and finally 填表人 and 填表日期.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = XlsxExport.ContentType;

    public static async Task<Stream> WriteAsync(ReportForm form, CancellationToken ct)
    {
        var width = Math.Max(2, form.Sections.Count == 0 ? 2 : form.Sections.Max(s => s.Columns.Count));
        var rows = new List<Dictionary<string, object?>>();
        void Add(params object?[] cells)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < width; i++)
            {
                row[Column(i)] = i < cells.Length ? cells[i] : null;
            }

            rows.Add(row);
        }

        Add(form.Title);
        Add($"填报单位：{form.ReportingUnit}");
        Add($"统计期间：{form.Period}", $"统计范围：{form.Scope}");
        foreach (var section in form.Sections)
        {
            Add();
            Add(section.Title);
            Add([.. section.Columns]);
            foreach (var row in section.Rows)
            {
                Add([row.Label, .. row.Values.Cast<object?>()]);
            }

            if (section.Total is { } total)
            {
                Add([total.Label, .. total.Values.Cast<object?>()]);
            }

            if (section.Note is { } note)
            {
                Add($"注：{note}");
            }
        }

        Add();
        Add($"填表人：{form.FilledBy}", $"填表日期：{form.FilledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        return await XlsxExport.WriteAsync(rows, "统计报表", ct, printHeader: false);
    }

    /// <summary>The download name: <c>{kind}-{period}.xlsx</c> with an ASCII kind (the period label is in the sheet).</summary>
    public static string FileName(ReportForm form) => $"report-{form.Kind}-{form.FilledOn:yyyyMMdd}.xlsx";

    private static string Column(int index) => ((char)('A' + index)).ToString();
}
