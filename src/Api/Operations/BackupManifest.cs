using System.Security.Cryptography;
using System.Text.Json;

namespace Jiafu.Api.Operations;

/// <summary>The first entry of a backup archive: what it holds and the SHA-256 of every file.</summary>
public sealed record BackupManifest(
    int Format,
    string Product,
    string ProductVersion,
    DateTimeOffset CreatedAt,
    string Provider,
    IReadOnlyList<BackupDatabaseEntry> Databases,
    IReadOnlyList<BackupFileEntry> Files)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";
    public const string ProductName = "Jiafu";

    /// <summary>Archive folder of the database snapshots.</summary>
    public const string DatabasesFolder = "databases";

    /// <summary>Archive folder of the other files of the data folder (keys, staged imports).</summary>
    public const string FilesFolder = "files";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <param name="Module">The module whose database this is (also the SQLite file name without <c>.db</c>).</param>
/// <param name="Migrations">The migrations applied to the snapshot, oldest first.</param>
public sealed record BackupDatabaseEntry(string Module, string Path, long Size, string Sha256, IReadOnlyList<string> Migrations);

/// <param name="Path">Relative to the archive root, with '/' separators.</param>
public sealed record BackupFileEntry(string Path, long Size, string Sha256);
