using System.Text;

namespace Jiafu.Shared.Validation;

/// <summary>Why a unified social credit code was rejected, most basic problem first.</summary>
public enum UnifiedSocialCreditCodeError
{
    None = 0,

    /// <summary>Null, empty or whitespace.</summary>
    Empty,

    /// <summary>Not 18 characters after trimming.</summary>
    Length,

    /// <summary>A character outside 0–9 and the upper-case letters except I, O, Z, S and V.</summary>
    Charset,

    /// <summary>Characters 3–8 (the administrative division code) are not all digits.</summary>
    Region,

    /// <summary>The 18th character does not match the GB 32100 check.</summary>
    CheckCharacter,
}

/// <summary>
/// The 18-character unified social credit code of GB 32100-2015 (统一社会信用代码): registration
/// authority (1), entity type (2), administrative division (3–8, digits), organisation code (9–17)
/// and a MOD 31 check character (18), all from the 31 characters <c>0-9 A-H J-N P-R T U W-Y</c>.
/// Only the GB 32100 check is applied; the embedded GB 11714 organisation-code check digit is not.
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>Length of a code.</summary>
    public const int Length = 18;

    /// <summary>The 31 characters a code may use, in the order of their values 0–30.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // ASCII → value in Charset, or -1.
    private static readonly sbyte[] Values = BuildValues();

    /// <summary>
    /// Trims the value, folds full-width characters to ASCII (NFKC) and upper-cases it. Null or
    /// whitespace gives null. Does not validate.
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

    /// <summary>True when the value (after <see cref="Normalize"/>) is a valid code.</summary>
    public static bool IsValid(string? value) => Validate(value) == UnifiedSocialCreditCodeError.None;

    /// <summary>The first problem found with the value (after <see cref="Normalize"/>), or <see cref="UnifiedSocialCreditCodeError.None"/>.</summary>
    public static UnifiedSocialCreditCodeError Validate(string? value)
    {
        var normalized = Normalize(value);
        if (normalized is null)
        {
            return UnifiedSocialCreditCodeError.Empty;
        }

        if (normalized.Length != Length)
        {
            return UnifiedSocialCreditCodeError.Length;
        }

        foreach (var c in normalized)
        {
            if (ValueOf(c) < 0)
            {
                return UnifiedSocialCreditCodeError.Charset;
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(normalized[i]))
            {
                return UnifiedSocialCreditCodeError.Region;
            }
        }

        return ComputeCheckCharacter(normalized.AsSpan(0, 17)) == normalized[17]
            ? UnifiedSocialCreditCodeError.None
            : UnifiedSocialCreditCodeError.CheckCharacter;
    }

    /// <summary>The check character for the first 17 characters of a code (upper case).</summary>
    /// <exception cref="ArgumentException">The input is not 17 characters of <see cref="Charset"/>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected the first 17 characters of a unified social credit code, got {first17.Length} characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"Character {i + 1} of a unified social credit code must be one of {Charset}.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    private static int ValueOf(char c) => c < Values.Length ? Values[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
        }

        return values;
    }
}
