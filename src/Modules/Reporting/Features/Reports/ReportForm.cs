namespace Jiafu.Reporting.Features.Reports;

/// <summary>
/// A statistical report form (统计报表) in the official layout: title, reporting unit (填报单位), period (统计期间),
/// scope, sections of rows with a totals row (合计), filled-by (填表人) and date (填表日期).
/// </summary>
/// <param name="Kind">industry-basics, training, vouchers, subsidy or inspection.</param>
/// <param name="Title">The form's title.</param>
/// <param name="ReportingUnit">填报单位 (<c>Reporting:ReportingUnit</c>).</param>
/// <param name="Period">统计期间, e.g. 2026年第2季度.</param>
/// <param name="Scope">统计范围: 全区, a street, or 本机构.</param>
/// <param name="FilledBy">填表人: the signed-in user.</param>
/// <param name="FilledOn">填表日期 (China date).</param>
/// <param name="Sections">The form's tables.</param>
public sealed record ReportForm(
    string Kind, string Title, string ReportingUnit, string Period, string Scope, string FilledBy, DateOnly FilledOn,
    IReadOnlyList<ReportSection> Sections);

/// <summary>One table of a report form.</summary>
/// <param name="Title">The table's heading.</param>
/// <param name="Columns">Column headings, the first being the row label's.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Total">The totals row (合计), when the rows add up.</param>
/// <param name="Note">A note printed under the table (e.g. that an institution with several formats counts in each).</param>
public sealed record ReportSection(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, ReportRow? Total, string? Note = null);

/// <summary>A row: its label and one number per remaining column.</summary>
public sealed record ReportRow(string Label, IReadOnlyList<decimal> Values);
