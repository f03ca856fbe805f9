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

    public static bool? Boolean(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" or "yes" or "y" or "是" or "已核验" or "√" => true,
        "false" or "0" or "no" or "n" or "否" or "未核验" => false,
        _ => null,
    };

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
