using System.Globalization;
using System.Text;

namespace Jiafu.Shared.Privacy;

/// <summary>
/// Masks personal data for lists, exports and logs. Every helper returns an empty string for null or
/// empty input and never returns more of a value than its rule keeps, whatever the input looks like:
/// unrecognised or too-short values are masked more, not less.
/// </summary>
public static class Mask
{
    private const char Star = '*';

    private static readonly string[] CountryPrefixes = ["+86-", "+86 ", "+86", "0086"];

    /// <summary>Resident ID number: first 6 and last 4 kept (<c>110105********002X</c>); shorter than 15 characters (not an ID number): all masked.</summary>
    public static string IdNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var v = value.Trim().ToUpperInvariant();
        return v.Length < 15 ? new string(Star, v.Length) : string.Concat(v.AsSpan(0, 6), new string(Star, v.Length - 10), v.AsSpan(v.Length - 4));
    }

    /// <summary>
    /// Phone number. Mobile: first 3 and last 4 kept (<c>138****5678</c>, a +86 prefix kept as written).
    /// Landline: area code and last 4 kept (<c>0472-***4567</c>, <c>010****5678</c>). Anything else:
    /// last 4 kept when at least 8 characters long, otherwise all masked.
    /// </summary>
    public static string Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var v = value.Trim();

        var prefix = string.Empty;
        foreach (var countryCode in CountryPrefixes)
        {
            if (v.StartsWith(countryCode, StringComparison.Ordinal) && v.Length > countryCode.Length)
            {
                prefix = countryCode;
                v = v[countryCode.Length..];
                break;
            }
        }

        if (v.Length == 11 && v[0] == '1' && IsAllDigits(v))
        {
            return string.Concat(prefix, v.AsSpan(0, 3), "****", v.AsSpan(7));
        }

        if (v.Length > 0 && v[0] == '0')
        {
            var separator = v.IndexOfAny(['-', ' ']);
            if (separator is 3 or 4 && IsAllDigits(v.AsSpan(0, separator)))
            {
                var local = v.AsSpan(separator + 1);
                if (local.Length >= 7 && IsAllDigitsOrSeparators(local))
                {
                    return string.Concat(prefix, v.AsSpan(0, separator + 1), KeepLast(local, 4));
                }
            }
            else if (separator < 0 && v.Length is >= 10 and <= 12 && IsAllDigits(v))
            {
                // 010 and 020–029 are three digits; every other area code is four.
                var areaLength = v[1] is '1' or '2' ? 3 : 4;
                return string.Concat(prefix, v.AsSpan(0, areaLength), KeepLast(v.AsSpan(areaLength), 4));
            }
        }

        var whole = prefix + v;
        return whole.Length >= 8 ? KeepLast(whole, 4) : new string(Star, whole.Length);
    }

    /// <summary>
    /// Person's name. Two characters: first kept (<c>张*</c>); three or more: first and last kept
    /// (<c>张*明</c>, <c>欧**锋</c> for 欧阳小锋); one: masked. Names in ASCII letters:
    /// first letter and <c>***</c> (<c>J***</c>). Characters outside the BMP count as one.
    /// </summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var v = value.Trim();
        if (Ascii.IsValid(v))
        {
            return string.Concat(v.AsSpan(0, 1), "***");
        }

        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(v);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements.Count switch
        {
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string(Star, elements.Count - 2) + elements[^1],
        };
    }

    private static string KeepLast(ReadOnlySpan<char> value, int keep)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            builder.Append(i < value.Length - keep ? Star : value[i]);
        }

        return builder.ToString();
    }

    private static bool IsAllDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllDigitsOrSeparators(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && c is not '-' and not ' ')
            {
                return false;
            }
        }

        return true;
    }
}
