using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Jiafu.Shared.Exports;

/// <summary>The role of a row in a laid-out sheet: it decides the cell style and whether the row is merged across the table.</summary>
public enum XlsxRowKind
{
    /// <summary>The form's title: bold, large, centred, merged across.</summary>
    Title,

    /// <summary>A header line (填报单位, 统计期间, 填表人 …): merged across, left aligned.</summary>
    Line,

    /// <summary>A section heading (一、…): bold, merged across.</summary>
    Heading,

    /// <summary>Column headings: bold, bordered, centred.</summary>
    Header,

    /// <summary>A data row: bordered.</summary>
    Data,

    /// <summary>The totals row (合计): bold, bordered.</summary>
    Total,

    /// <summary>A note under a table (注：…): merged across.</summary>
    Note,

    /// <summary>An empty spacer row.</summary>
    Blank,
}

/// <summary>One row of a laid-out sheet.</summary>
public sealed record XlsxRow(XlsxRowKind Kind, IReadOnlyList<object?> Cells)
{
    public static XlsxRow Of(XlsxRowKind kind, params object?[] cells) => new(kind, cells);

    /// <summary>Whether the row is one text merged across the table's columns.</summary>
    public bool MergedAcross => Kind is XlsxRowKind.Title or XlsxRowKind.Line or XlsxRowKind.Heading or XlsxRowKind.Note;
}

/// <summary>
/// XLSX in the official layout of report forms and work ledgers (统计报表、工作台账): title and header lines merged across the
/// table's columns, column widths fitted to the content (a CJK character counts as two), bold column headings and totals rows,
/// thin borders around tables and frozen rows above the data. Written as plain SpreadsheetML (inline strings) to a
/// self-deleting temporary file, like <see cref="XlsxExport"/>.
/// </summary>
public static class XlsxLayout
{
    /// <summary>Narrowest and widest column, in characters.</summary>
    public const int MinWidth = 6, MaxWidth = 60;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <param name="rows">The rows in order; the table width is the widest row that is not merged across.</param>
    /// <param name="sheetName">The worksheet's name (at most 31 characters).</param>
    /// <param name="freezeRows">Rows kept in view when scrolling (e.g. the title, header lines and column headings); 0 for none.</param>
    public static async Task<Stream> WriteAsync(IReadOnlyList<XlsxRow> rows, string sheetName, int freezeRows, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jiafu-export-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
            {
                Part(zip, "[Content_Types].xml", ContentTypes);
                Part(zip, "_rels/.rels", RootRels);
                Part(zip, "xl/workbook.xml", Workbook(sheetName));
                Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
                Part(zip, "xl/styles.xml", Styles);
                var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
                await using var stream = entry.Open();
                WriteSheet(stream, rows, freezeRows, ct);
            }

            await file.FlushAsync(ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The display width of a text in character units: CJK and full-width characters count as two.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= '\u2E80' && !char.IsSurrogate(c) || c is >= '\uFF00' and <= '\uFFEF' ? 2 : 1;
        }

        return width;
    }

    /// <summary>The column widths a sheet gets: each column's widest cell outside merged rows, plus 2, within <see cref="MinWidth"/>–<see cref="MaxWidth"/>.</summary>
    public static IReadOnlyList<int> ColumnWidths(IReadOnlyList<XlsxRow> rows)
    {
        var columns = Math.Max(1, rows.Where(r => !r.MergedAcross).Select(r => r.Cells.Count).DefaultIfEmpty(1).Max());
        var widths = new int[columns];
        foreach (var row in rows.Where(r => !r.MergedAcross))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth(Text(row.Cells[i])));
            }
        }

        return widths.Select(w => Math.Clamp(w + 2, MinWidth, MaxWidth)).ToList();
    }

    /// <summary>The column letters of a zero-based index (A, …, Z, AA, …).</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    private static void WriteSheet(Stream stream, IReadOnlyList<XlsxRow> rows, int freezeRows, CancellationToken ct)
    {
        var widths = ColumnWidths(rows);
        var last = ColumnName(widths.Count - 1);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, Rel);
        xml.WriteStartElement("dimension", Main);
        xml.WriteAttributeString("ref", $"A1:{last}{Math.Max(1, rows.Count)}");
        xml.WriteEndElement();
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        if (freezeRows > 0)
        {
            xml.WriteStartElement("pane", Main);
            xml.WriteAttributeString("ySplit", freezeRows.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("topLeftCell", $"A{freezeRows + 1}");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cols", Main);
        for (var i = 0; i < widths.Count; i++)
        {
            xml.WriteStartElement("col", Main);
            xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", Main);
        var merges = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (r % 1000 == 0) ct.ThrowIfCancellationRequested();
            var row = rows[r];
            var number = r + 1;
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
            if (row.Kind == XlsxRowKind.Title)
            {
                xml.WriteAttributeString("ht", "30");
                xml.WriteAttributeString("customHeight", "1");
            }

            if (row.MergedAcross)
            {
                WriteCell(xml, $"A{number}", string.Concat(row.Cells.Select(Text)), Style(row.Kind));
                if (widths.Count > 1) merges.Add($"A{number}:{last}{number}");
            }
            else if (row.Kind != XlsxRowKind.Blank)
            {
                for (var c = 0; c < widths.Count; c++)
                {
                    WriteCell(xml, $"{ColumnName(c)}{number}", c < row.Cells.Count ? row.Cells[c] : null, Style(row.Kind));
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (merges.Count > 0)
        {
            xml.WriteStartElement("mergeCells", Main);
            xml.WriteAttributeString("count", merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var merge in merges)
            {
                xml.WriteStartElement("mergeCell", Main);
                xml.WriteAttributeString("ref", merge);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("printOptions", Main);
        xml.WriteAttributeString("horizontalCentered", "1");
        xml.WriteEndElement();
        xml.WriteStartElement("pageMargins", Main);
        foreach (var (name, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3") })
        {
            xml.WriteAttributeString(name, value);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCell(XmlWriter xml, string reference, object? value, int style)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", reference);
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        switch (value)
        {
            case null:
                break;
            case int or long or decimal or double or float or short:
                xml.WriteElementString("v", Main, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            default:
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Clean(Text(value)));
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }

        xml.WriteEndElement();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Drops the control characters XML 1.0 cannot carry.</summary>
    private static string Clean(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : text;

    /// <summary>Cell style index (cellXfs in <see cref="Styles"/>).</summary>
    private static int Style(XlsxRowKind kind) => kind switch
    {
        XlsxRowKind.Title => 1,
        XlsxRowKind.Line => 2,
        XlsxRowKind.Heading => 3,
        XlsxRowKind.Header => 4,
        XlsxRowKind.Data => 5,
        XlsxRowKind.Total => 6,
        XlsxRowKind.Note => 2,
        _ => 0,
    };

    private static void Part(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Workbook(string sheetName)
    {
        var name = new string(sheetName.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).Take(31).ToArray());
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets><sheet name="{System.Security.SecurityElement.Escape(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    }

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    // cellXfs: 0 plain, 1 title (bold 16, centred), 2 line (left), 3 heading (bold), 4 column heading (bold, border, centred),
    // 5 data (border), 6 total (bold, border).
    private const string Styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
