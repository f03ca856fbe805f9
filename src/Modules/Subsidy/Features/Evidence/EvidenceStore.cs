using System.Security.Cryptography;
using Jiafu.Shared.Persistence;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.Evidence;

/// <summary>
/// Where evidence files live: <c>{data directory}/subsidy-evidence/{id:N}</c>, written once (to a temporary name, then
/// moved) and never changed. The data-folder backup (docs/adr/0008) copies them with the databases.
/// </summary>
public sealed class EvidenceStore(IOptions<DatabaseOptions> database)
{
    private string Folder => Path.Combine(database.Value.FullDataDirectory, "subsidy-evidence");

    public string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N"));

    public async Task WriteAsync(Guid id, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var temporary = PathOf(id) + ".part";
        await File.WriteAllBytesAsync(temporary, content, ct);
        File.Move(temporary, PathOf(id), overwrite: false);
    }

    public void Delete(Guid id)
    {
        File.Delete(PathOf(id));
    }

    /// <summary>The content type from the first bytes (PDF, JPEG, PNG), or null for anything else.</summary>
    public static string? DetectType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png" : null;
    }

    public static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
