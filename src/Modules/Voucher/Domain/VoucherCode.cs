using System.Security.Cryptography;

namespace Jiafu.Voucher.Domain;

/// <summary>
/// Voucher codes: 12 characters drawn with a CSPRNG from a 32-character alphabet without look-alikes (60 random bits,
/// unguessable), followed by an ISO 7064 MOD 37,36 check character over 0–9A–Z, which catches every single-character
/// error and all but about 0.15% of transpositions of adjacent characters. Shown grouped (<c>ABCD-EFGH-JKLM-C</c>); hyphens and spaces
/// are ignored when read back.
/// </summary>
public static class VoucherCode
{
    public const int RandomLength = 12;

    public const int Length = RandomLength + 1;

    /// <summary>The random part's alphabet: digits and letters without 0, 1, I, O.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private const string CheckAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const int M = 36;

    public static string New()
    {
        Span<char> chars = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars) + CheckCharacter(chars);
    }

    /// <summary>The ISO 7064 MOD 37,36 (hybrid) check character of <paramref name="payload"/> (characters of 0–9A–Z).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> payload)
    {
        var p = M;
        foreach (var c in payload)
        {
            var s = (p + ValueOf(c)) % M;
            p = (s == 0 ? M : s) * 2 % (M + 1);
        }

        return CheckAlphabet[(M + 1 - p) % M];
    }

    /// <summary>Upper-cases and strips hyphens and spaces; null when nothing is left.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return new string(value.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
    }

    /// <summary>True when the value (after <see cref="Normalize"/>) has the right length, alphabet and check character.</summary>
    public static bool IsValid(string? value)
    {
        var code = Normalize(value);
        if (code is null || code.Length != Length || code[..RandomLength].Any(c => !Alphabet.Contains(c)) || !CheckAlphabet.Contains(code[^1]))
        {
            return false;
        }

        return CheckCharacter(code.AsSpan(0, RandomLength)) == code[^1];
    }

    /// <summary><c>ABCD-EFGH-JKLM-C</c>.</summary>
    public static string Format(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..12]}-{code[12]}" : code;

    private static int ValueOf(char c) => CheckAlphabet.IndexOf(c) is var v and >= 0
        ? v
        : throw new ArgumentException($"'{c}' is not a voucher code character.", nameof(c));
}
