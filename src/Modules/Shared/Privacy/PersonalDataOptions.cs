namespace Jiafu.Shared.Privacy;

/// <summary>
/// Keys for personal-data protection, bound from the configuration section <c>PersonalData</c>.
/// Supply them from a secret store or environment variables (<c>PersonalData__EncryptionKey</c>),
/// never from a committed appsettings file. Generate one with <c>openssl rand -base64 32</c>.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    /// <summary>Base64 of the 32-byte AES-256 key that encrypts new values.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Base64 of the HMAC-SHA256 key (at least 32 bytes) for look-up hashes. Never rotate it casually: every stored hash depends on it.</summary>
    public string? LookupKey { get; set; }

    /// <summary>Id of <see cref="EncryptionKey"/>, written into each ciphertext (letters, digits, '-' and '_'; at most 32).</summary>
    public string KeyId { get; set; } = "k1";

    /// <summary>Retired encryption keys still needed to read older values: key id → base64 of a 32-byte key.</summary>
    public Dictionary<string, string> PreviousKeys { get; set; } = [];
}
