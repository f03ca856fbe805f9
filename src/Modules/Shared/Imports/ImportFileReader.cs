using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Jiafu.Shared.Imports;

/// <summary>
/// Reads an uploaded file as a stream of rows keyed by canonical column names. CSV (UTF-8 with or without BOM,
/// or GB18030 when the bytes are not UTF-8), XLSX (first sheet, header row) and JSON (an array of objects).
/// Headers are matched to columns by camelCase name, Chinese template header or alias, ignoring case and spaces.
/// </summary>
public static class ImportFileReader
{
    static ImportFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string DetectFormat(ReadOnlySpan<byte> head, string? contentType)
    {
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            return "xlsx";
        }

        var text = head.StartsWith("\xEF\xBB\xBF"u8) ? head[3..] : head;
        var firstNonSpace = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (firstNonSpace >= 0 && text[firstNonSpace] == '[' || contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "json";
        }

        return "csv";
    }

    /// <summary>Maps the file's headers to columns; returns the problems (unknown required columns) as messages.</summary>
    public static (Dictionary<int, string> Map, List<string> Problems) MapHeaders(IReadOnlyList<string> headers, IReadOnlyList<ImportColumn> columns)
    {
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            foreach (var name in column.Aliases.Append(column.Name).Append(column.ChineseHeader))
            {
                lookup[Key(name)] = column.Name;
            }
        }

        var map = new Dictionary<int, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (lookup.TryGetValue(Key(headers[i]), out var name) && !map.ContainsValue(name))
            {
                map[i] = name;
            }
        }

        var problems = columns.Where(c => c.Required && !map.ContainsValue(c.Name))
            .Select(c => $"Missing required column '{c.Name}' ({c.ChineseHeader}). 缺少必填列。").ToList();
        return (map, problems);
    }

    public static async IAsyncEnumerable<ImportRow> ReadAsync(string path, string format, IReadOnlyList<ImportColumn> columns,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = format switch
        {
            "xlsx" => ReadXlsx(path, columns),
            "json" => ReadJsonAsync(path, columns, ct),
            _ => ReadCsv(path, columns),
        };
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>Reads only the header of the file, to refuse an unreadable upload before queueing it.</summary>
    public static IReadOnlyList<string> ReadHeaders(string path, string format)
    {
        switch (format)
        {
            case "xlsx":
                using (var stream = File.OpenRead(path))
                {
                    return XlsxHeaderRow(stream);
                }

            case "json":
                using (var stream = File.OpenRead(path))
                using (var document = JsonDocument.Parse(stream))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Array)
                    {
                        throw new FormatException("A JSON import must be an array of objects.");
                    }

                    return document.RootElement.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                        ? first.EnumerateObject().Select(p => p.Name).ToList()
                        : [];
                }

            default:
                using (var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(OpenText(path)))
                {
                    return reader.Header.ColNames.ToList();
                }
        }
    }

    private static async IAsyncEnumerable<ImportRow> ReadCsv(string path, IReadOnlyList<ImportColumn> columns)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(OpenText(path));
        var (map, _) = MapHeaders(reader.Header.ColNames, columns);
        var number = 0;
        foreach (var row in reader)
        {
            number++;
            var values = new Dictionary<string, string?>(map.Count);
            foreach (var (index, name) in map)
            {
                values[name] = index < row.ColCount ? row[index].ToString() : null;
            }

            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new ImportRow(number, values);
            if (number % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private static async IAsyncEnumerable<ImportRow> ReadXlsx(string path, IReadOnlyList<ImportColumn> columns)
    {
        using var stream = File.OpenRead(path);
        var number = -1;
        Dictionary<int, string>? map = null;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false))
        {
            var cells = row.Values.ToList();
            if (map is null)
            {
                (map, _) = MapHeaders(cells.Select(c => Cell(c) ?? "").ToList(), columns);
                number = 0;
                continue;
            }

            number++;
            var values = new Dictionary<string, string?>(map.Count);
            foreach (var (index, name) in map)
            {
                values[name] = index < cells.Count ? Cell(cells[index]) : null;
            }

            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new ImportRow(number, values);
            if (number % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    /// <summary>The first row's cells (the header), read positionally so a header-only workbook works too.</summary>
    private static List<string> XlsxHeaderRow(Stream stream) =>
        MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().FirstOrDefault()?
            .Values.Select(v => Cell(v) ?? "").ToList() ?? [];

    private static async IAsyncEnumerable<ImportRow> ReadJsonAsync(string path, IReadOnlyList<ImportColumn> columns,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var number = 0;
        Dictionary<string, string>? keyMap = null;
        await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<Dictionary<string, JsonElement>>(stream, cancellationToken: ct))
        {
            number++;
            if (item is null)
            {
                continue;
            }

            if (keyMap is null)
            {
                var keys = item.Keys.ToList();
                var (map, _) = MapHeaders(keys, columns);
                keyMap = map.ToDictionary(m => keys[m.Key], m => m.Value);
            }

            var values = new Dictionary<string, string?>();
            foreach (var (key, element) in item)
            {
                if (keyMap.TryGetValue(key, out var name))
                {
                    values[name] = element.ValueKind switch
                    {
                        JsonValueKind.String => element.GetString(),
                        JsonValueKind.Null or JsonValueKind.Undefined => null,
                        JsonValueKind.Array => string.Join(',', element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                        _ => element.GetRawText(),
                    };
                }
            }

            yield return new ImportRow(number, values);
        }
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        double n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>UTF-8 (BOM or not) when the bytes decode as UTF-8, otherwise GB18030 (Excel's "CSV" on Chinese Windows).</summary>
    private static StreamReader OpenText(string path)
    {
        var encoding = LooksLikeUtf8(path) ? (Encoding)new UTF8Encoding(false) : Encoding.GetEncoding("GB18030");
        return new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
    }

    private static bool LooksLikeUtf8(string path)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var length = read;
        // Do not judge a multi-byte character cut by the end of the sample.
        if (read == buffer.Length)
        {
            while (length > 0 && (buffer[length - 1] & 0xC0) == 0x80)
            {
                length--;
            }

            if (length > 0 && buffer[length - 1] >= 0xC0)
            {
                length--;
            }
        }

        try
        {
            strict.GetCharCount(buffer, 0, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Key(string header) => header.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
