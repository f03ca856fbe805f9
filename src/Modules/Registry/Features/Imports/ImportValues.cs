using System.Globalization;
using Jiafu.Registry.Domain;

namespace Jiafu.Registry.Features.Imports;

/// <summary>Parsing of the cell values officers type in spreadsheets: codes or Chinese names, lists, dates, yes/no.</summary>
internal static class ImportValues
{
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '|', ' '];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd", "yyyy-M-d", "yyyy年M月d日"];

    public static IReadOnlyList<string> List(string? value) =>
        value?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var text = value.Trim();
        if (TryIsoDate(text, out var iso))
        {
            date = iso;
            return true;
        }

        if (text.Length > 10 && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            date = DateOnly.FromDateTime(full);
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>
    /// yyyy-MM-dd, the template's form, read without the culture-aware parser (which compares the format's literals
    /// through ICU and costs more than the rest of a row's validation).
    /// </summary>
    private static bool TryIsoDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // Compared ordinally ignoring case: lower-casing "是" first would go through ICU for every row.
    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["1"] = true, ["yes"] = true, ["y"] = true, ["是"] = true, ["已核验"] = true, ["√"] = true,
        ["false"] = false, ["0"] = false, ["no"] = false, ["n"] = false, ["否"] = false, ["未核验"] = false,
    };

    public static bool? Boolean(string? value) =>
        value is not null && Booleans.TryGetValue(value.Trim(), out var parsed) ? parsed : null;

    public static EmploymentType? EmploymentType(string? value) => value?.Trim() switch
    {
        "EmployeeBased" or "员工制" => Domain.EmploymentType.EmployeeBased,
        "Affiliated" or "挂靠" => Domain.EmploymentType.Affiliated,
        "Flexible" or "灵活就业" or "灵活" => Domain.EmploymentType.Flexible,
        _ => Enum.TryParse<EmploymentType>(value, ignoreCase: true, out var parsed) ? parsed : null,
    };

    /// <summary>Maps each entry (code or Chinese name) to a catalogue code; unknown entries are returned separately.</summary>
    public static (List<string> Codes, List<string> Unknown) Catalogue(IEnumerable<string> entries, IReadOnlyList<CatalogItem> catalogue)
    {
        var codes = new List<string>();
        var unknown = new List<string>();
        foreach (var entry in entries)
        {
            var match = catalogue.FirstOrDefault(c => string.Equals(c.Code, entry, StringComparison.OrdinalIgnoreCase) || c.Name == entry);
            if (match is null)
            {
                unknown.Add(entry);
            }
            else if (!codes.Contains(match.Code))
            {
                codes.Add(match.Code);
            }
        }

        return (codes, unknown);
    }
}
