using System.Formats.Tar;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Jiafu.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Operations;

/// <summary>
/// Online, consistent backup of the embedded (SQLite) default: <c>VACUUM INTO</c> a snapshot of every module
/// database while the host serves, copies the key material and staged imports, and writes one
/// <c>jiafu-backup-&lt;UTC time&gt;.tar.gz</c> with a manifest of checksums.
/// </summary>
public sealed class DatabaseBackup(
    IEnumerable<ModuleDatabase> databases,
    IOptions<DatabaseOptions> databaseOptions,
    TimeProvider time,
    ILogger<DatabaseBackup> logger)
{
    public const string ArchivePrefix = "jiafu-backup-";
    public const string ArchiveExtension = ".tar.gz";

    /// <summary>Files of the data folder that are never archived: live database files and the instance lock.</summary>
    private static readonly string[] ExcludedSuffixes = [".db", ".db-wal", ".db-shm", ".db-journal", DataDirectoryLock.FileName];

    public async Task<string> CreateAsync(string outputDirectory, CancellationToken ct = default)
    {
        var options = databaseOptions.Value;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                "Backup covers the embedded SQLite database. For SQL Server use its native BACKUP DATABASE (see docs/operations.md).");
        }

        var dataDirectory = options.FullDataDirectory;
        var createdAt = time.GetUtcNow();
        Directory.CreateDirectory(outputDirectory);
        var staging = Directory.CreateTempSubdirectory("jiafu-backup-");
        try
        {
            var databaseEntries = new List<BackupDatabaseEntry>();
            foreach (var database in databases.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                databaseEntries.Add(await SnapshotAsync(database.Name, options, staging.FullName, ct));
            }

            var fileEntries = CopyDataFiles(dataDirectory, staging.FullName, ct);
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, BackupManifest.ProductName, ProductVersion(),
                createdAt, options.Provider.ToString(), databaseEntries, fileEntries);
            await File.WriteAllTextAsync(Path.Combine(staging.FullName, BackupManifest.EntryName),
                JsonSerializer.Serialize(manifest, BackupManifest.Json), ct);

            var archive = Path.Combine(outputDirectory, $"{ArchivePrefix}{createdAt:yyyyMMdd'T'HHmmss'Z'}{ArchiveExtension}");
            await WriteArchiveAsync(staging.FullName, manifest, archive, ct);
            logger.LogInformation("Backup written to {Archive}: {Databases} databases, {Files} other files",
                archive, databaseEntries.Count, fileEntries.Count);
            return archive;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            staging.Delete(recursive: true);
        }
    }

    private static async Task<BackupDatabaseEntry> SnapshotAsync(string module, DatabaseOptions options, string staging, CancellationToken ct)
    {
        var relative = $"{BackupManifest.DatabasesFolder}/{module}.db";
        var target = Path.Combine(staging, BackupManifest.DatabasesFolder, module + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        await using (var connection = new SqliteConnection(ModuleDbContextRegistration.SqliteConnectionString(options, module)))
        {
            await connection.OpenAsync(ct);
            await using var vacuum = connection.CreateCommand();
            // VACUUM INTO reads one consistent snapshot (a read transaction) while writers continue in WAL mode.
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", target);
            await vacuum.ExecuteNonQueryAsync(ct);
        }

        var migrations = await ReadMigrationsAsync(target, ct);
        var info = new FileInfo(target);
        return new BackupDatabaseEntry(module, relative, info.Length, BackupManifest.Sha256Of(target), migrations);
    }

    /// <summary>The migrations applied to a SQLite file (empty when it has none).</summary>
    public static async Task<IReadOnlyList<string>> ReadMigrationsAsync(string databaseFile, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync(ct);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        exists.Parameters.AddWithValue("$name", ModuleDbContextRegistration.MigrationsHistoryTable);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT MigrationId FROM \"{ModuleDbContextRegistration.MigrationsHistoryTable}\" ORDER BY MigrationId";
        var ids = new List<string>();
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static List<BackupFileEntry> CopyDataFiles(string dataDirectory, string staging, CancellationToken ct)
    {
        var entries = new List<BackupFileEntry>();
        if (!Directory.Exists(dataDirectory))
        {
            return entries;
        }

        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            if (ExcludedSuffixes.Any(s => file.EndsWith(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var relative = BackupManifest.FilesFolder + "/" + Path.GetRelativePath(dataDirectory, file).Replace('\\', '/');
            var target = Path.Combine(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            entries.Add(new BackupFileEntry(relative, new FileInfo(target).Length, BackupManifest.Sha256Of(target)));
        }

        return entries;
    }

    private static async Task WriteArchiveAsync(string staging, BackupManifest manifest, string archive, CancellationToken ct)
    {
        var partial = archive + ".partial";
        await using (var file = CreateOwnerOnlyFile(partial))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false))
        {
            // The manifest first, so a reader can check the archive before unpacking it.
            IEnumerable<string> paths = [BackupManifest.EntryName, .. manifest.Databases.Select(d => d.Path), .. manifest.Files.Select(f => f.Path)];
            foreach (var path in paths)
            {
                await tar.WriteEntryAsync(Path.Combine(staging, path), path, ct);
            }
        }

        File.Move(partial, archive, overwrite: false);
    }

    /// <summary>The archive holds the key material: only its owner may read it.</summary>
    private static FileStream CreateOwnerOnlyFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    private static string ProductVersion() =>
        typeof(DatabaseBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
}
