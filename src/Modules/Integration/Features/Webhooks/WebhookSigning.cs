using System.Security.Cryptography;
using System.Text;
using Jiafu.Shared.Privacy;
using System.Buffers.Text;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>
/// Webhook signatures: <c>Jiafu-Webhook-Signature: v1=&lt;hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>, where the
/// timestamp is the <c>Jiafu-Webhook-Timestamp</c> header (Unix seconds) and the body the exact bytes sent.
/// </summary>
public static class WebhookSigning
{
    public const string IdHeader = "Jiafu-Webhook-Id";
    public const string TimestampHeader = "Jiafu-Webhook-Timestamp";
    public const string SignatureHeader = "Jiafu-Webhook-Signature";
    public const string TypeHeader = "Jiafu-Webhook-Type";

    /// <summary>The signature header value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "v1=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>A new signing secret: <c>whsec_</c> and 32 random bytes, base64url.</summary>
    public static string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

/// <summary>Keeps signing secrets encrypted at rest with the kernel's protector; they are decrypted only to sign.</summary>
public sealed class WebhookSecrets(IPersonalDataProtector protector)
{
    public string Protect(string secret) => protector.Encrypt(secret);

    public string Unprotect(string ciphertext) => protector.Decrypt(ciphertext);
}
