using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Jiafu.Shared.Privacy;

/// <summary>
/// The key material of <see cref="PersonalDataProtector"/>: the current AES-256 key and its id,
/// older keys kept for decryption only, and the separate HMAC key for look-up hashes.
/// Never logged, never serialised (except by <see cref="Load"/> into the generated key file).
/// </summary>
public sealed partial class PersonalDataKeys
{
    /// <summary>AES-256 key size in bytes.</summary>
    public const int EncryptionKeySize = 32;

    /// <summary>Minimum HMAC-SHA256 key size in bytes.</summary>
    public const int MinimumLookupKeySize = 32;

    /// <summary>Key id of a key generated into the data folder, distinct from the configured default "k1" so a later configured key never shadows it.</summary>
    public const string GeneratedKeyId = "local1";

    private const string EncryptionKeySetting = PersonalDataOptions.SectionName + ":" + nameof(PersonalDataOptions.EncryptionKey);
    private const string LookupKeySetting = PersonalDataOptions.SectionName + ":" + nameof(PersonalDataOptions.LookupKey);
    private const string KeyIdSetting = PersonalDataOptions.SectionName + ":" + nameof(PersonalDataOptions.KeyId);
    private const string PreviousKeysSetting = PersonalDataOptions.SectionName + ":" + nameof(PersonalDataOptions.PreviousKeys);

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly JsonSerializerOptions KeyFileJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly byte[] _currentKey;
    private readonly byte[] _lookupKey;
    private readonly Dictionary<string, byte[]> _keysById;

    /// <summary>Creates a key set; the arrays are copied.</summary>
    /// <exception cref="ArgumentException">A key id is malformed, a key has the wrong size, or a previous key reuses the current id with different bytes.</exception>
    public PersonalDataKeys(
        string currentKeyId,
        ReadOnlySpan<byte> encryptionKey,
        ReadOnlySpan<byte> lookupKey,
        IReadOnlyDictionary<string, byte[]>? previousKeys = null)
    {
        ArgumentNullException.ThrowIfNull(currentKeyId);
        if (!IsValidKeyId(currentKeyId))
        {
            throw new ArgumentException($"Key id '{currentKeyId}' is invalid: use 1–32 letters, digits, '-' or '_'.", nameof(currentKeyId));
        }

        if (encryptionKey.Length != EncryptionKeySize)
        {
            throw new ArgumentException($"The encryption key must be {EncryptionKeySize} bytes, not {encryptionKey.Length}.", nameof(encryptionKey));
        }

        if (lookupKey.Length < MinimumLookupKeySize)
        {
            throw new ArgumentException($"The lookup key must be at least {MinimumLookupKeySize} bytes, not {lookupKey.Length}.", nameof(lookupKey));
        }

        CurrentKeyId = currentKeyId;
        _currentKey = encryptionKey.ToArray();
        _lookupKey = lookupKey.ToArray();
        _keysById = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [currentKeyId] = _currentKey };

        foreach (var (id, key) in previousKeys ?? new Dictionary<string, byte[]>())
        {
            if (!IsValidKeyId(id))
            {
                throw new ArgumentException($"Previous key id '{id}' is invalid: use 1–32 letters, digits, '-' or '_'.", nameof(previousKeys));
            }

            if (key is null || key.Length != EncryptionKeySize)
            {
                throw new ArgumentException($"Previous key '{id}' must be {EncryptionKeySize} bytes.", nameof(previousKeys));
            }

            if (_keysById.TryGetValue(id, out var existing))
            {
                if (CryptographicOperations.FixedTimeEquals(existing, key))
                {
                    continue;
                }

                throw new ArgumentException($"Previous key '{id}' has the same id as the current key but different bytes.", nameof(previousKeys));
            }

            _keysById[id] = key.ToArray();
        }
    }

    /// <summary>Id of the key that encrypts new values.</summary>
    public string CurrentKeyId { get; }

    /// <summary>Ids of every key that can decrypt (the current one and the previous ones).</summary>
    public IReadOnlyCollection<string> KeyIds => _keysById.Keys;

    /// <summary>True when the keys come from a file generated in the data folder rather than from configuration.</summary>
    public bool IsGenerated { get; private set; }

    internal byte[] CurrentKey => _currentKey;

    internal byte[] LookupKey => _lookupKey;

    internal bool TryGetKey(string keyId, out byte[] key) => _keysById.TryGetValue(keyId, out key!);

    /// <summary>Where <see cref="Load"/> keeps a generated key file for a data folder.</summary>
    public static string KeyFilePath(string dataDirectory) => Path.Combine(dataDirectory, "keys", "personal-data.json");

    /// <summary>
    /// Loads the keys. When <c>PersonalData:EncryptionKey</c> and <c>PersonalData:LookupKey</c> are
    /// configured they are used (both are then required, and checked for size). Otherwise, when
    /// <paramref name="allowGenerate"/> is set (development and the embedded default), the keys are
    /// read from — or, the first time, generated into — <c>&lt;dataDirectory&gt;/keys/personal-data.json</c>
    /// (owner-only permissions, written atomically) and a warning is logged; without it this throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">The configuration is missing or invalid, or the key file is unreadable; the message names the setting or the file.</exception>
    public static PersonalDataKeys Load(PersonalDataOptions options, string dataDirectory, bool allowGenerate, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        var previousKeys = DecodePreviousKeys(options.PreviousKeys);
        var hasEncryptionKey = !string.IsNullOrWhiteSpace(options.EncryptionKey);
        var hasLookupKey = !string.IsNullOrWhiteSpace(options.LookupKey);

        if (hasEncryptionKey || hasLookupKey)
        {
            if (!hasEncryptionKey)
            {
                throw new InvalidOperationException($"{LookupKeySetting} is configured but {EncryptionKeySetting} is not: configure both (base64, {EncryptionKeySize} random bytes).");
            }

            if (!hasLookupKey)
            {
                throw new InvalidOperationException($"{EncryptionKeySetting} is configured but {LookupKeySetting} is not: configure both (base64, at least {MinimumLookupKeySize} random bytes).");
            }

            var keyId = string.IsNullOrWhiteSpace(options.KeyId) ? "k1" : options.KeyId.Trim();
            if (!IsValidKeyId(keyId))
            {
                throw new InvalidOperationException($"{KeyIdSetting} '{keyId}' is invalid: use 1–32 letters, digits, '-' or '_'.");
            }

            var encryptionKey = DecodeKey(options.EncryptionKey!, EncryptionKeySetting, EncryptionKeySize, exact: true);
            var lookupKey = DecodeKey(options.LookupKey!, LookupKeySetting, MinimumLookupKeySize, exact: false);
            var keys = Create(keyId, encryptionKey, lookupKey, previousKeys, PreviousKeysSetting);
            Log.ConfiguredKeysLoaded(logger, keyId, previousKeys.Count);
            return keys;
        }

        if (!allowGenerate)
        {
            throw new InvalidOperationException(
                $"Personal-data encryption keys are not configured: set {EncryptionKeySetting} (base64, {EncryptionKeySize} random bytes) " +
                $"and {LookupKeySetting} (base64, at least {MinimumLookupKeySize} random bytes), e.g. from a secret store or the environment " +
                "variables PersonalData__EncryptionKey and PersonalData__LookupKey. Generate each with `openssl rand -base64 32`.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = KeyFilePath(Path.GetFullPath(dataDirectory));
        var generated = LoadOrCreateKeyFile(path, logger, out var created);
        var result = Create(generated.KeyId, generated.EncryptionKey, generated.LookupKey, previousKeys, PreviousKeysSetting);
        if (created)
        {
            Log.GeneratedKeyCreated(logger, path, EncryptionKeySetting);
        }
        else
        {
            Log.GeneratedKeyInUse(logger, path, EncryptionKeySetting);
        }

        result.IsGenerated = true;
        return result;
    }

    private static PersonalDataKeys Create(string keyId, byte[] encryptionKey, byte[] lookupKey, Dictionary<string, byte[]> previousKeys, string setting)
    {
        try
        {
            return new PersonalDataKeys(keyId, encryptionKey, lookupKey, previousKeys);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{setting}: {ex.Message}", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(encryptionKey);
            CryptographicOperations.ZeroMemory(lookupKey);
        }
    }

    private static Dictionary<string, byte[]> DecodePreviousKeys(Dictionary<string, string>? configured)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, value) in configured ?? [])
        {
            var setting = $"{PreviousKeysSetting}:{id}";
            if (!IsValidKeyId(id))
            {
                throw new InvalidOperationException($"{setting}: the key id is invalid: use 1–32 letters, digits, '-' or '_'.");
            }

            result[id] = DecodeKey(value, setting, EncryptionKeySize, exact: true);
        }

        return result;
    }

    private static byte[] DecodeKey(string value, string setting, int size, bool exact)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{setting} is not valid base64. Generate a key with `openssl rand -base64 32`.", ex);
        }

        if (exact ? bytes.Length != size : bytes.Length < size)
        {
            var expected = exact ? $"exactly {size}" : $"at least {size}";
            var length = bytes.Length;
            CryptographicOperations.ZeroMemory(bytes);
            throw new InvalidOperationException($"{setting} must decode to {expected} bytes but decodes to {length}. Generate a key with `openssl rand -base64 32`.");
        }

        return bytes;
    }

    private static GeneratedKeys LoadOrCreateKeyFile(string path, ILogger logger, out bool created)
    {
        if (File.Exists(path))
        {
            created = false;
            WarnIfReadableByOthers(path, logger);
            return ReadKeyFile(path);
        }

        var directory = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }

        var keys = new GeneratedKeys(
            GeneratedKeyId,
            RandomNumberGenerator.GetBytes(EncryptionKeySize),
            RandomNumberGenerator.GetBytes(MinimumLookupKeySize));
        var file = new KeyFile(1, keys.KeyId, Convert.ToBase64String(keys.EncryptionKey), Convert.ToBase64String(keys.LookupKey), DateTimeOffset.UtcNow);
        var json = JsonSerializer.SerializeToUtf8Bytes(file, KeyFileJson);

        // Write a private temporary file, then move it into place: a reader never sees a partial
        // file, and when two processes race the first move wins and the loser reads the winner's keys.
        var temporary = Path.Combine(directory, $".personal-data.{Guid.NewGuid():N}.tmp");
        try
        {
            var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                streamOptions.UnixCreateMode = OwnerReadWrite;
            }

            using (var stream = new FileStream(temporary, streamOptions))
            {
                stream.Write(json);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, OwnerReadWrite);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                created = false;
                CryptographicOperations.ZeroMemory(keys.EncryptionKey);
                CryptographicOperations.ZeroMemory(keys.LookupKey);
                return ReadKeyFile(path);
            }

            created = true;
            return keys;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static GeneratedKeys ReadKeyFile(string path)
    {
        const string advice = "Restore it from a backup, or configure " + EncryptionKeySetting + " and " + LookupKeySetting +
            ". Do not delete it while encrypted data exists: that data could no longer be read.";
        KeyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllBytes(path), KeyFileJson);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The personal-data key file {path} cannot be read: {ex.Message} {advice}", ex);
        }

        if (file is null || file.Version != 1 || string.IsNullOrWhiteSpace(file.KeyId) || !IsValidKeyId(file.KeyId)
            || string.IsNullOrWhiteSpace(file.EncryptionKey) || string.IsNullOrWhiteSpace(file.LookupKey))
        {
            throw new InvalidOperationException($"The personal-data key file {path} is incomplete or of an unknown version. {advice}");
        }

        return new GeneratedKeys(
            file.KeyId,
            DecodeKey(file.EncryptionKey, $"{path} (encryptionKey)", EncryptionKeySize, exact: true),
            DecodeKey(file.LookupKey, $"{path} (lookupKey)", MinimumLookupKeySize, exact: false));
    }

    private static void WarnIfReadableByOthers(string path, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)) != 0)
        {
            Log.KeyFileTooOpen(logger, path, Convert.ToString((int)mode, 8));
        }
    }

    private static bool IsValidKeyId(string? keyId) => keyId is not null && KeyIdRegex().IsMatch(keyId);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdRegex();

    private sealed record GeneratedKeys(string KeyId, byte[] EncryptionKey, byte[] LookupKey);

    private sealed record KeyFile(int Version, string? KeyId, string? EncryptionKey, string? LookupKey, DateTimeOffset CreatedAt);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Personal-data keys loaded from configuration (current key id {KeyId}, {PreviousKeyCount} previous keys).")]
        public static partial void ConfiguredKeysLoaded(ILogger logger, string keyId, int previousKeyCount);

        [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Generated a development personal-data key in {Path}. Back this file up: without it encrypted personal data cannot be read. In production configure {Setting} and its lookup key instead.")]
        public static partial void GeneratedKeyCreated(ILogger logger, string path, string setting);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A generated development personal-data key is in use ({Path}). In production configure {Setting} and its lookup key instead.")]
        public static partial void GeneratedKeyInUse(ILogger logger, string path, string setting);

        [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "The personal-data key file {Path} is readable by other users (mode {Mode}); restrict it to its owner (chmod 600).")]
        public static partial void KeyFileTooOpen(ILogger logger, string path, string mode);
    }
}
