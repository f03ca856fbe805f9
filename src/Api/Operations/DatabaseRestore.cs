using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Jiafu.Api.Operations;

/// <summary>
/// Restores a <see cref="DatabaseBackup"/> archive into the data folder. The archive is unpacked beside the
/// folder and checked first (manifest, every checksum, SQLite integrity, migrations this version knows); only
/// then, holding the folder's exclusive lock (so never under a running host), the current folder is moved
/// aside to <c>&lt;data&gt;.before-restore-&lt;time&gt;</c> and the checked copy takes its place.
/// </summary>
/// <param name="knownMigrations">Per module, the migrations this build can run; an archive with others is from a newer version.</param>
public sealed class DatabaseRestore(string dataDirectory, IReadOnlyDictionary<string, IReadOnlySet<string>> knownMigrations, TimeProvider time)
{
    public sealed record Result(string DataDirectory, string? PreviousDataMovedTo, BackupManifest Manifest);

    public async Task<Result> RestoreAsync(string archivePath, CancellationToken ct = default)
    {
        if (!File.Exists(archivePath))
        {
            throw new BackupArchiveException($"No archive at {archivePath}.");
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var unpacked = Path.Combine(parent, $".{Path.GetFileName(target)}.restoring-{Guid.NewGuid():N}");
        try
        {
            CreateOwnerOnlyDirectory(unpacked);
            await UnpackAsync(archivePath, unpacked, ct);
            var manifest = await CheckAsync(unpacked, ct);
            var restored = Path.Combine(unpacked, "data");
            Arrange(unpacked, manifest, restored);
            var movedTo = Swap(target, restored);
            return new Result(target, movedTo, manifest);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(unpacked))
            {
                Directory.Delete(unpacked, recursive: true);
            }
        }
    }

    private static async Task UnpackAsync(string archivePath, string destination, CancellationToken ct)
    {
        try
        {
            await using var file = File.OpenRead(archivePath);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(destination, entry.Name));
                if (!path.StartsWith(destination + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new BackupArchiveException($"The archive entry '{entry.Name}' points outside the archive.");
                }

                CreateOwnerOnlyDirectory(Path.GetDirectoryName(path)!);
                await entry.ExtractToFileAsync(path, overwrite: false, ct);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or IOException)
        {
            throw new BackupArchiveException($"The archive cannot be read: {ex.Message}");
        }
    }

    private async Task<BackupManifest> CheckAsync(string unpacked, CancellationToken ct)
    {
        var manifestPath = Path.Combine(unpacked, BackupManifest.EntryName);
        if (!File.Exists(manifestPath))
        {
            throw new BackupArchiveException($"The archive has no {BackupManifest.EntryName}: it is not a Jiafu backup.");
        }

        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, ct), BackupManifest.Json);
        }
        catch (JsonException ex)
        {
            throw new BackupArchiveException($"The manifest cannot be read: {ex.Message}");
        }

        if (manifest is null || manifest.Product != BackupManifest.ProductName || manifest.Format != BackupManifest.CurrentFormat)
        {
            throw new BackupArchiveException($"The archive is not a format-{BackupManifest.CurrentFormat} Jiafu backup.");
        }

        var listed = manifest.Databases.Select(d => (d.Path, d.Sha256)).Concat(manifest.Files.Select(f => (f.Path, f.Sha256))).ToList();
        foreach (var (path, sha256) in listed)
        {
            var file = Path.Combine(unpacked, path);
            if (!File.Exists(file))
            {
                throw new BackupArchiveException($"The archive lacks {path}, which its manifest lists.");
            }

            if (!string.Equals(BackupManifest.Sha256Of(file), sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupArchiveException($"{path} does not match its checksum: the archive is corrupt.");
            }
        }

        var extra = Directory.EnumerateFiles(unpacked, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(unpacked, f).Replace('\\', '/'))
            .Except([BackupManifest.EntryName, .. listed.Select(l => l.Path)], StringComparer.Ordinal)
            .FirstOrDefault();
        if (extra is not null)
        {
            throw new BackupArchiveException($"The archive holds {extra}, which its manifest does not list.");
        }

        foreach (var database in manifest.Databases)
        {
            await CheckDatabaseAsync(Path.Combine(unpacked, database.Path), database, ct);
        }

        return manifest;
    }

    private async Task CheckDatabaseAsync(string file, BackupDatabaseEntry database, CancellationToken ct)
    {
        if (!knownMigrations.TryGetValue(database.Module, out var known))
        {
            throw new BackupArchiveException($"The archive holds a '{database.Module}' database that this version does not have.");
        }

        try
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
            }.ToString()))
            {
                await connection.OpenAsync(ct);
                await using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                var result = (string?)await check.ExecuteScalarAsync(ct);
                if (result != "ok")
                {
                    throw new BackupArchiveException($"The '{database.Module}' database fails SQLite's integrity check: {result}");
                }
            }

            var applied = await DatabaseBackup.ReadMigrationsAsync(file, ct);
            var unknown = applied.FirstOrDefault(m => !known.Contains(m));
            if (unknown is not null)
            {
                throw new BackupArchiveException(
                    $"The '{database.Module}' database has migration {unknown}, which this version does not know: the archive is from a newer version.");
            }
        }
        catch (SqliteException ex)
        {
            throw new BackupArchiveException($"The '{database.Module}' database cannot be opened: {ex.Message}");
        }
    }

    /// <summary>Lays the checked files out as a data folder: <c>databases/x.db</c> → <c>x.db</c>, <c>files/…</c> → <c>…</c>.</summary>
    private static void Arrange(string unpacked, BackupManifest manifest, string restored)
    {
        CreateOwnerOnlyDirectory(restored);
        foreach (var database in manifest.Databases)
        {
            File.Move(Path.Combine(unpacked, database.Path), Path.Combine(restored, database.Module + ".db"));
        }

        foreach (var file in manifest.Files)
        {
            var relative = file.Path[(BackupManifest.FilesFolder.Length + 1)..];
            var destination = Path.Combine(restored, relative);
            CreateOwnerOnlyDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(unpacked, file.Path), destination);
        }
    }

    /// <summary>The data folder holds keys and personal data: its folders are the owner's only.</summary>
    private static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string? Swap(string target, string restored)
    {
        string? movedTo = null;
        if (Directory.Exists(target))
        {
            using var exclusive = DataDirectoryLock.TryAcquireExclusive(target)
                ?? throw new BackupArchiveException($"A running Jiafu host holds {target}: stop it before restoring.");
            movedTo = $"{target}.before-restore-{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";
            Directory.Move(target, movedTo);
        }

        Directory.Move(restored, target);
        return movedTo;
    }
}
