using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Jiafu.Identity.Tokens;

/// <summary>
/// The access-token signing key: from <c>Auth:SigningKey</c>, or — for the embedded default — a random key
/// generated once into <c>&lt;data&gt;/keys/signing.key</c> (owner-only permissions).
/// </summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(AuthOptions options, string dataDirectory, bool allowGenerate, ILogger logger)
    {
        byte[] key;
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            try
            {
                key = Convert.FromBase64String(options.SigningKey);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException("Auth:SigningKey must be base64 (at least 32 bytes once decoded).");
            }

            if (key.Length < 32)
            {
                throw new InvalidOperationException($"Auth:SigningKey is {key.Length} bytes; at least 32 are required.");
            }
        }
        else if (allowGenerate)
        {
            key = LoadOrCreate(Path.Combine(dataDirectory, "keys", "signing.key"), logger);
        }
        else
        {
            throw new InvalidOperationException("Auth:SigningKey is not set. Configure a base64 key of at least 32 bytes.");
        }

        Key = new SymmetricSecurityKey(key) { KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..16] };
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(64);
        var temp = path + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host generated the key first; use theirs.
            File.Delete(temp);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        logger.LogWarning("Generated a development signing key at {Path}; set Auth:SigningKey in production", path);
        return key;
    }
}
