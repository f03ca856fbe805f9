using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Jiafu.Shared.Privacy;

/// <summary>Encrypts personal data at rest and computes keyed hashes for look-up and de-duplication.</summary>
public interface IPersonalDataProtector
{
    /// <summary>Encrypts <paramref name="plaintext"/> with the current key: <c>v1.&lt;keyId&gt;.&lt;base64url(nonce|ciphertext|tag)&gt;</c>. Each call gives a different result.</summary>
    string Encrypt(string plaintext);

    /// <summary>Decrypts a value made by <see cref="Encrypt"/> with the current or a previous key.</summary>
    /// <exception cref="PersonalDataDecryptionException">The value is malformed, its key is unknown, or it was altered.</exception>
    string Decrypt(string ciphertext);

    /// <summary>
    /// A deterministic keyed hash (HMAC-SHA256, lower-case hex) of the value after trimming, NFKC
    /// normalisation and upper-casing — equal values give equal hashes, so it can be indexed.
    /// </summary>
    string LookupHash(string value);
}

/// <summary>A protected value could not be decrypted; no plaintext is ever returned in that case.</summary>
public sealed class PersonalDataDecryptionException : Exception
{
    public PersonalDataDecryptionException()
        : base("The protected personal data could not be decrypted.")
    {
    }

    public PersonalDataDecryptionException(string message)
        : base(message)
    {
    }

    public PersonalDataDecryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// AES-256-GCM with a random 96-bit nonce and a 128-bit tag; the version and key id are
/// authenticated as associated data. Keys rotate by configuring a new current key and moving the
/// old one to the previous keys: old values still decrypt, new values use the new key.
/// </summary>
public sealed class PersonalDataProtector : IPersonalDataProtector
{
    /// <summary>Format version written as the first segment of every ciphertext.</summary>
    public const string Version = "v1";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PersonalDataKeys _keys;

    // Creating an AesGcm sets up a native cipher context, which costs more than encrypting an ID number with it; an
    // instance must not be used by two threads at once, so each thread keeps its own per key id (bulk imports encrypt
    // two values per row).
    private readonly ThreadLocal<Dictionary<string, (AesGcm Cipher, byte[] AssociatedData)>> _ciphers = new(() => new(StringComparer.Ordinal));

    // Likewise the one-shot HMAC sets up a keyed context on every call (about three times the cost of hashing an ID number
    // with a kept one); an IncrementalHash is reset to its key after each hash, and one thread at a time may use it.
    private readonly ThreadLocal<IncrementalHash> _lookupHmac;

    public PersonalDataProtector(PersonalDataKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys;
        _lookupHmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _keys.LookupKey));
    }

    /// <summary>Length in characters of the ciphertext of a value of <paramref name="utf8ByteCount"/> UTF-8 bytes under a key id of <paramref name="keyIdLength"/> characters: for sizing columns.</summary>
    public static int CiphertextLength(int utf8ByteCount, int keyIdLength) =>
        Version.Length + 1 + keyIdLength + 1 + Base64Url.GetEncodedLength(NonceSize + utf8ByteCount + TagSize);

    public string Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);

        var keyId = _keys.CurrentKeyId;
        var plainBytes = StrictUtf8.GetBytes(plaintext);
        var payload = new byte[NonceSize + plainBytes.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        var cipher = payload.AsSpan(NonceSize, plainBytes.Length);
        var tag = payload.AsSpan(NonceSize + plainBytes.Length, TagSize);
        NoncePool.Fill(nonce);

        try
        {
            var (aes, associatedData) = CipherFor(keyId, _keys.CurrentKey);
            aes.Encrypt(nonce, plainBytes, cipher, tag, associatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plainBytes);
        }

        return string.Concat(Version, ".", keyId, ".", Base64Url.EncodeToString(payload));
    }

    public string Decrypt(string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);

        var span = ciphertext.AsSpan();
        if (!span.StartsWith(Version + ".", StringComparison.Ordinal))
        {
            throw new PersonalDataDecryptionException($"The protected value is not in the {Version} format.");
        }

        span = span[(Version.Length + 1)..];
        var dot = span.IndexOf('.');
        if (dot <= 0)
        {
            throw new PersonalDataDecryptionException("The protected value has no key id.");
        }

        var keyId = span[..dot].ToString();
        if (!_keys.TryGetKey(keyId, out var key))
        {
            var shown = keyId.Length <= 32 && keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? keyId : "(malformed)";
            throw new PersonalDataDecryptionException($"The protected value was encrypted with key '{shown}', which is not configured (add it to PersonalData:PreviousKeys).");
        }

        byte[] payload;
        try
        {
            payload = Base64Url.DecodeFromChars(span[(dot + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new PersonalDataDecryptionException("The protected value is not valid base64url.", ex);
        }

        if (payload.Length < NonceSize + TagSize)
        {
            throw new PersonalDataDecryptionException("The protected value is too short.");
        }

        var plainLength = payload.Length - NonceSize - TagSize;
        var plainBytes = new byte[plainLength];
        try
        {
            var (aes, associatedData) = CipherFor(keyId, key);
            aes.Decrypt(
                payload.AsSpan(0, NonceSize),
                payload.AsSpan(NonceSize, plainLength),
                payload.AsSpan(NonceSize + plainLength, TagSize),
                plainBytes,
                associatedData);
            return StrictUtf8.GetString(plainBytes);
        }
        catch (CryptographicException ex)
        {
            throw new PersonalDataDecryptionException("The protected value failed authentication: it was altered, or encrypted with a different key under the same id.", ex);
        }
        catch (ArgumentException ex)
        {
            throw new PersonalDataDecryptionException("The protected value does not decrypt to valid UTF-8 text.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plainBytes);
        }
    }

    public string LookupHash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var normalized = NormalizeForLookup(value);
        var bytes = StrictUtf8.GetBytes(normalized);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var hmac = _lookupHmac.Value!;
        hmac.AppendData(bytes);
        hmac.GetHashAndReset(hash);
        CryptographicOperations.ZeroMemory(bytes);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The form hashed by <see cref="LookupHash"/>: trimmed, NFKC (full-width → ASCII), upper case (invariant).</summary>
    public static string NormalizeForLookup(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (!trimmed.IsNormalized(NormalizationForm.FormKC))
        {
            trimmed = trimmed.Normalize(NormalizationForm.FormKC).Trim();
        }

        return trimmed.ToUpperInvariant();
    }

    private (AesGcm Cipher, byte[] AssociatedData) CipherFor(string keyId, byte[] key)
    {
        var ciphers = _ciphers.Value!;
        if (!ciphers.TryGetValue(keyId, out var entry))
        {
            entry = (new AesGcm(key, TagSize), AssociatedData(keyId));
            ciphers[keyId] = entry;
        }

        return entry;
    }

    private static byte[] AssociatedData(string keyId) => Encoding.ASCII.GetBytes(string.Concat(Version, ".", keyId));

    /// <summary>
    /// Random nonces taken from a per-thread block of bytes from the system's secure generator, refilled 4 KiB at a time:
    /// each byte is used once, as if drawn one nonce at a time, but with one call into the generator per 341 nonces
    /// instead of one each (a bulk import encrypts two values per row, and the call cost more than half the encryption).
    /// Nonces are public (they are stored beside the ciphertext), so the block needs no more protection than they do.
    /// </summary>
    private static class NoncePool
    {
        // 341 × 12 bytes: just under 4 KiB.
        private const int NoncesPerBlock = 341;

        [ThreadStatic]
        private static byte[]? t_block;

        [ThreadStatic]
        private static int t_next;

        public static void Fill(Span<byte> nonce)
        {
            if (t_block is null)
            {
                t_block = new byte[NonceSize * NoncesPerBlock];
                t_next = t_block.Length;
            }

            var block = t_block;
            if (t_next + nonce.Length > block.Length)
            {
                RandomNumberGenerator.Fill(block);
                t_next = 0;
            }

            block.AsSpan(t_next, nonce.Length).CopyTo(nonce);
            t_next += nonce.Length;
        }
    }
}
