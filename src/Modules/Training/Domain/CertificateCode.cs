using System.Security.Cryptography;

namespace Jiafu.Training.Domain;

/// <summary>
/// Certificate verification codes: 16 characters drawn from a cryptographic random source over a 32-character
/// alphabet without look-alikes (80 bits, unguessable), then a Luhn mod 32 check character that catches every single
/// mistyped character and most swaps of neighbours. Shown grouped by four (<c>ABCD-EFGH-JKLM-NPQR-S</c>).
/// </summary>
public static class CertificateCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const int RandomLength = 16;

    public static string New()
    {
        Span<char> chars = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars) + CheckCharacter(chars);
    }

    /// <summary>The Luhn mod N check character of <paramref name="payload"/> (characters of <see cref="Alphabet"/>).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> payload)
    {
        const int n = 32;
        var factor = 2;
        var sum = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(payload[i]);
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }

        return Alphabet[(n - sum % n) % n];
    }

    /// <summary>Upper case without separators; null when it cannot be a code (wrong length, foreign character, bad check character).</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 40)
        {
            return null;
        }

        var compact = new string(value.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length != RandomLength + 1 || compact.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }

        return CheckCharacter(compact.AsSpan(0, RandomLength)) == compact[^1] ? compact : null;
    }

    /// <summary>The display form, grouped by four.</summary>
    public static string Format(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));
}
