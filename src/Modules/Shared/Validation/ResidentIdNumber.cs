using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Jiafu.Shared.Validation;

/// <summary>Gender as encoded in a resident ID number (the 17th digit: odd = male, even = female).</summary>
public enum Gender
{
    Male = 1,
    Female = 2,
}

/// <summary>Why a resident ID number was rejected, most basic problem first.</summary>
public enum ResidentIdNumberError
{
    None = 0,

    /// <summary>Null, empty or whitespace.</summary>
    Empty,

    /// <summary>Not 18 characters after trimming.</summary>
    Length,

    /// <summary>The first 17 characters are not all digits, or the last is neither a digit nor X.</summary>
    Format,

    /// <summary>The first two digits are not a known province-level prefix.</summary>
    Region,

    /// <summary>Digits 7–14 are not a real date between 1900-01-01 and today.</summary>
    BirthDate,

    /// <summary>The 18th character does not match the ISO 7064 MOD 11-2 check.</summary>
    CheckCharacter,
}

/// <summary>What an 18-character resident ID number tells about its holder.</summary>
/// <param name="Normalized">The number trimmed, with an upper-case X check character.</param>
/// <param name="RegionCode">Digits 1–6: the administrative division where the number was issued.</param>
/// <param name="BirthDate">Digits 7–14.</param>
/// <param name="Gender">From digit 17: odd = male, even = female.</param>
public sealed record ResidentIdInfo(string Normalized, string RegionCode, DateOnly BirthDate, Gender Gender)
{
    /// <summary>Age in completed years on <paramref name="date"/> (someone born on 29 February turns a year older on 1 March in common years).</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        if (date.Month < BirthDate.Month || (date.Month == BirthDate.Month && date.Day < BirthDate.Day))
        {
            age--;
        }

        return age;
    }
}

/// <summary>
/// The 18-character citizen identity number of GB 11643-1999 (公民身份号码): a 6-digit region code,
/// an 8-digit birth date (yyyyMMdd), a 3-digit sequence (odd for men, even for women) and an
/// ISO 7064 MOD 11-2 check character (a digit or X). The old 15-digit numbers are not accepted.
/// </summary>
public static class ResidentIdNumber
{
    /// <summary>Length of a GB 11643-1999 number.</summary>
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    // Province-level prefixes of GB/T 2260 in use on ID numbers, plus 71 (Taiwan), 81 (Hong Kong),
    // 82 (Macao), 83 (Taiwan residents' residence permits) and 91 (overseas).
    private static readonly HashSet<int> ProvincePrefixes =
    [
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
        71, 81, 82, 83, 91,
    ];

    private static readonly TimeSpan ChinaStandardTimeOffset = TimeSpan.FromHours(8);

    /// <summary>
    /// Today's date in China (UTC+8, no daylight saving), whatever the server's time zone: the day
    /// against which birth dates "not in the future" are checked by the overloads without a date.
    /// </summary>
    public static DateOnly TodayInChina() => DateOnly.FromDateTime(DateTime.UtcNow + ChinaStandardTimeOffset);

    /// <summary>
    /// Trims the value, folds full-width characters to ASCII (NFKC, e.g. "１" → "1") and upper-cases
    /// it (a lower-case x check character becomes X). Null or whitespace gives null. Does not validate.
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (!trimmed.IsNormalized(NormalizationForm.FormKC))
        {
            trimmed = trimmed.Normalize(NormalizationForm.FormKC).Trim();
        }

        return trimmed.ToUpperInvariant();
    }

    /// <summary>True when the value (after <see cref="Normalize"/>) is a valid number born no later than today in China.</summary>
    public static bool IsValid(string? value) => Validate(value, TodayInChina()) == ResidentIdNumberError.None;

    /// <summary>True when the value (after <see cref="Normalize"/>) is a valid number born no later than <paramref name="today"/>.</summary>
    public static bool IsValid(string? value, DateOnly today) => Validate(value, today) == ResidentIdNumberError.None;

    /// <summary>The first problem found with the value, or <see cref="ResidentIdNumberError.None"/>.</summary>
    public static ResidentIdNumberError Validate(string? value) => Validate(value, TodayInChina());

    /// <summary>The first problem found with the value, or <see cref="ResidentIdNumberError.None"/>.</summary>
    public static ResidentIdNumberError Validate(string? value, DateOnly today) => Parse(value, today, out _);

    /// <summary>Validates the value and, when valid, extracts what it encodes.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out ResidentIdInfo? info) => TryParse(value, TodayInChina(), out info);

    /// <summary>The first problem found with the value and, when there is none, what it encodes (one pass, for bulk imports).</summary>
    public static ResidentIdNumberError Validate(string? value, DateOnly today, out ResidentIdInfo? info) => Parse(value, today, out info);

    /// <summary>Validates the value against <paramref name="today"/> and, when valid, extracts what it encodes.</summary>
    public static bool TryParse(string? value, DateOnly today, [NotNullWhen(true)] out ResidentIdInfo? info)
    {
        Parse(value, today, out info);
        return info is not null;
    }

    /// <summary>
    /// The MOD 11-2 check character (a digit or X) for the first 17 digits of a number.
    /// </summary>
    /// <exception cref="ArgumentException">The input is not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected the first 17 digits of a resident ID number, got {first17.Length} characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var c = first17[i];
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException($"Character {i + 1} of a resident ID number must be a digit.", nameof(first17));
            }

            sum += (c - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static ResidentIdNumberError Parse(string? value, DateOnly today, out ResidentIdInfo? info)
    {
        info = null;
        var normalized = Normalize(value);
        if (normalized is null)
        {
            return ResidentIdNumberError.Empty;
        }

        if (normalized.Length != Length)
        {
            return ResidentIdNumberError.Length;
        }

        var span = normalized.AsSpan();
        if (!IsAllAsciiDigits(span[..17]) || !(char.IsAsciiDigit(span[17]) || span[17] == 'X'))
        {
            return ResidentIdNumberError.Format;
        }

        if (!ProvincePrefixes.Contains(((span[0] - '0') * 10) + (span[1] - '0')))
        {
            return ResidentIdNumberError.Region;
        }

        var year = ReadNumber(span.Slice(6, 4));
        var month = ReadNumber(span.Slice(10, 2));
        var day = ReadNumber(span.Slice(12, 2));
        if (year < EarliestBirthDate.Year || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return ResidentIdNumberError.BirthDate;
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate < EarliestBirthDate || birthDate > today)
        {
            return ResidentIdNumberError.BirthDate;
        }

        if (ComputeCheckCharacter(span[..17]) != span[17])
        {
            return ResidentIdNumberError.CheckCharacter;
        }

        var gender = (span[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        info = new ResidentIdInfo(normalized, normalized[..6], birthDate, gender);
        return ResidentIdNumberError.None;
    }

    private static bool IsAllAsciiDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
