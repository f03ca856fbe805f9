using System.Globalization;
using Jiafu.Shared.Exports;

namespace Jiafu.Reporting.Features.Reports;

/// <summary>
/// Writes a report form as XLSX in the official layout (<see cref="XlsxLayout"/>): the title merged across the table and
/// centred, then 填报单位 and 统计期间 / 统计范围 lines merged across, each section with its heading, bold column headings,
/// rows and bold 合计 row, and finally the 填表人 / 填表日期 line. Columns are fitted to their content; the title and header
/// lines stay in view when scrolling.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = XlsxExport.ContentType;

    /// <summary>Rows frozen at the top: the title, the reporting unit and the period line.</summary>
    public const int FrozenRows = 3;

    public static Task<Stream> WriteAsync(ReportForm form, CancellationToken ct) =>
        XlsxLayout.WriteAsync(Rows(form), "统计报表", FrozenRows, ct);

    /// <summary>The form's rows in order.</summary>
    public static IReadOnlyList<XlsxRow> Rows(ReportForm form)
    {
        var rows = new List<XlsxRow>
        {
            XlsxRow.Of(XlsxRowKind.Title, form.Title),
            XlsxRow.Of(XlsxRowKind.Line, $"填报单位：{form.ReportingUnit}"),
            XlsxRow.Of(XlsxRowKind.Line, $"统计期间：{form.Period}　　统计范围：{form.Scope}"),
        };
        foreach (var section in form.Sections)
        {
            rows.Add(XlsxRow.Of(XlsxRowKind.Blank));
            rows.Add(XlsxRow.Of(XlsxRowKind.Heading, section.Title));
            rows.Add(new XlsxRow(XlsxRowKind.Header, [.. section.Columns]));
            rows.AddRange(section.Rows.Select(r => new XlsxRow(XlsxRowKind.Data, [r.Label, .. r.Values.Cast<object?>()])));
            if (section.Total is { } total) rows.Add(new XlsxRow(XlsxRowKind.Total, [total.Label, .. total.Values.Cast<object?>()]));
            if (section.Note is { } note) rows.Add(XlsxRow.Of(XlsxRowKind.Note, $"注：{note}"));
        }

        rows.Add(XlsxRow.Of(XlsxRowKind.Blank));
        rows.Add(XlsxRow.Of(XlsxRowKind.Line,
            $"填表人：{form.FilledBy}　　填表日期：{form.FilledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        return rows;
    }

    /// <summary>The download name: <c>report-{kind}-{yyyyMMdd}.xlsx</c> with an ASCII kind (the period label is in the sheet).</summary>
    public static string FileName(ReportForm form) => $"report-{form.Kind}-{form.FilledOn:yyyyMMdd}.xlsx";
}
