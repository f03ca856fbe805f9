using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using Jiafu.Api.Operations;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Operations;

/// <summary>
/// Backup of a serving host and restore into its data folder: the same data, the same keys (tokens and
/// encrypted personal data still work), a verifying audit chain; corrupt, newer or misplaced restores refused.
/// </summary>
public sealed class BackupRestoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_serving_host_When_backed_up_wiped_and_restored_Then_the_data_keys_and_audit_chain_are_back()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        var archives = JiafuApiFactory.NewDataDirectory();
        try
        {
            string archive;
            CreatedInstitution kept, lost;
            string token;
            IReadOnlyDictionary<string, IReadOnlySet<string>> known;
            await using (var host = new JiafuApiFactory(directory))
            {
                var admin = await host.CreateSignedInClientAsync();
                token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
                kept = await admin.CreateInstitutionAsync();
                await WaitForAuditAsync(admin, kept.Id);

                archive = await host.Services.GetRequiredService<DatabaseBackup>().CreateAsync(archives, Ct);
                known = OperationsCommands.KnownMigrations(host.Services);
                lost = await admin.CreateInstitutionAsync();
            }

            JiafuApiFactory.DeleteDataDirectory(directory);
            var result = await new DatabaseRestore(directory, known, TimeProvider.System).RestoreAsync(archive, Ct);
            Assert.Null(result.PreviousDataMovedTo);

            await using var restored = new JiafuApiFactory(directory);
            var client = restored.CreateClient();
            // The signing key came back with the data: a token issued before the backup is still valid.
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var institution = await client.GetInstitutionAsync(kept.Id);
            Assert.Equal(kept.CreditCode, institution.GetProperty("creditCode").GetString());
            Assert.Equal(kept.Body.GetProperty("contactPhone").GetString(), institution.GetProperty("contactPhone").GetString());
            await client.GetInstitutionAsync(lost.Id, HttpStatusCode.NotFound);

            var verification = await client.GetJsonAsync("/api/v1/identity/audit/verify");
            Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
            Assert.True(verification.GetProperty("checkedEntries").GetInt64() > 0);
            var audit = await client.GetJsonAsync($"/api/v1/identity/audit?targetId={kept.Id}&pageSize=50");
            Assert.True(audit.GetProperty("total").GetInt32() >= 1);
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
            JiafuApiFactory.DeleteDataDirectory(archives);
        }
    }

    [Fact]
    public async Task Given_existing_data_When_restored_Then_the_previous_folder_is_kept_aside()
    {
        await using var scenario = await Scenario.CreateAsync();
        var result = await scenario.RestoreAsync(scenario.Archive);

        Assert.NotNull(result.PreviousDataMovedTo);
        Assert.True(File.Exists(Path.Combine(result.PreviousDataMovedTo!, "registry.db")));
        Assert.True(File.Exists(Path.Combine(scenario.Directory, "registry.db")));
        Assert.True(File.Exists(Path.Combine(scenario.Directory, "keys", "signing.key")));
        Directory.Delete(result.PreviousDataMovedTo!, recursive: true);
    }

    [Fact]
    public async Task Given_an_archive_with_a_changed_database_byte_When_restored_Then_it_is_refused_and_the_data_is_untouched()
    {
        await using var scenario = await Scenario.CreateAsync();
        var tampered = await RewriteAsync(scenario.Archive, "databases/registry.db", bytes => bytes[bytes.Length / 2] ^= 0x5A);
        var before = Snapshot(scenario.Directory);

        var ex = await Assert.ThrowsAsync<BackupArchiveException>(() => scenario.RestoreAsync(tampered));

        Assert.Contains("databases/registry.db does not match its checksum", ex.Message);
        Assert.Equal(before, Snapshot(scenario.Directory));
        Assert.Empty(SiblingsOf(scenario.Directory));
    }

    [Fact]
    public async Task Given_a_truncated_archive_When_restored_Then_it_is_refused()
    {
        await using var scenario = await Scenario.CreateAsync();
        var truncated = scenario.Archive + ".truncated.tar.gz";
        var bytes = await File.ReadAllBytesAsync(scenario.Archive, Ct);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)], Ct);
        var before = Snapshot(scenario.Directory);

        var ex = await Assert.ThrowsAsync<BackupArchiveException>(() => scenario.RestoreAsync(truncated));

        Assert.StartsWith("The archive cannot be read", ex.Message);
        Assert.Equal(before, Snapshot(scenario.Directory));
    }

    [Fact]
    public async Task Given_a_file_that_is_not_a_backup_When_restored_Then_it_is_refused()
    {
        await using var scenario = await Scenario.CreateAsync();
        var foreign = await RewriteAsync(scenario.Archive, BackupManifest.EntryName, _ => { }, drop: true);

        var ex = await Assert.ThrowsAsync<BackupArchiveException>(() => scenario.RestoreAsync(foreign));

        Assert.Contains("not a Jiafu backup", ex.Message);
    }

    [Fact]
    public async Task Given_an_archive_from_a_newer_version_When_restored_Then_it_is_refused()
    {
        await using var scenario = await Scenario.CreateAsync();
        // This build "knows" no registry migration: the archive's registry database is newer than it.
        var older = scenario.Known.ToDictionary(k => k.Key, k => k.Key == "registry" ? new HashSet<string>() : k.Value);

        var ex = await Assert.ThrowsAsync<BackupArchiveException>(() =>
            new DatabaseRestore(scenario.Directory, older, TimeProvider.System).RestoreAsync(scenario.Archive, Ct));

        Assert.Contains("the archive is from a newer version", ex.Message);
    }

    [Fact]
    public async Task Given_a_host_serving_the_folder_When_restored_Then_it_is_refused_and_the_host_keeps_serving()
    {
        await using var scenario = await Scenario.CreateAsync();
        await using var host = new JiafuApiFactory(scenario.Directory);
        var admin = await host.CreateSignedInClientAsync();

        var ex = await Assert.ThrowsAsync<BackupArchiveException>(() => scenario.RestoreAsync(scenario.Archive));

        Assert.Contains("A running Jiafu host holds", ex.Message);
        await admin.GetJsonAsync("/api/v1/auth/me");
        Assert.Empty(SiblingsOf(scenario.Directory));
    }

    [Fact]
    public void Given_more_archives_than_retained_When_pruned_Then_only_the_newest_remain()
    {
        var folder = JiafuApiFactory.NewDataDirectory();
        try
        {
            string[] names = ["20261101T020000Z", "20261102T020000Z", "20261103T020000Z", "20261104T020000Z"];
            foreach (var name in names)
            {
                File.WriteAllText(Path.Combine(folder, $"{DatabaseBackup.ArchivePrefix}{name}{DatabaseBackup.ArchiveExtension}"), name);
            }

            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not an archive");

            var deleted = ScheduledBackupService.Prune(folder, retain: 2);

            Assert.Equal(2, deleted.Count);
            Assert.Equal(
                ["jiafu-backup-20261103T020000Z.tar.gz", "jiafu-backup-20261104T020000Z.tar.gz", "notes.txt"],
                Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(folder);
        }
    }

    private static async Task WaitForAuditAsync(HttpClient admin, Guid entityId) =>
        await HttpAssertions.EventuallyAsync(
            async () => (await admin.GetJsonAsync($"/api/v1/identity/audit?targetId={entityId}&pageSize=50")).GetProperty("total").GetInt32(),
            total => total >= 1);

    /// <summary>Copies the archive, changing (or dropping) one entry; everything else, manifest included, stays as it was.</summary>
    private static async Task<string> RewriteAsync(string archive, string entryName, Action<byte[]> change, bool drop = false)
    {
        var output = archive + $".{Guid.NewGuid():N}.tar.gz";
        await using (var source = new TarReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress)))
        await using (var target = new TarWriter(new GZipStream(File.Create(output), CompressionLevel.Fastest), TarEntryFormat.Pax))
        {
            while (await source.GetNextEntryAsync(copyData: true, Ct) is { } entry)
            {
                using var data = new MemoryStream();
                await entry.DataStream!.CopyToAsync(data, Ct);
                var bytes = data.ToArray();
                if (entry.Name == entryName)
                {
                    if (drop)
                    {
                        continue;
                    }

                    change(bytes);
                }

                var copy = new PaxTarEntry(TarEntryType.RegularFile, entry.Name) { DataStream = new MemoryStream(bytes) };
                await target.WriteEntryAsync(copy, Ct);
            }
        }

        return output;
    }

    /// <summary>Every file of a (stopped) data folder with its content hash.</summary>
    private static string Snapshot(string directory) => string.Join('\n', Directory
        .EnumerateFiles(directory, "*", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(DataDirectoryLock.FileName, StringComparison.Ordinal)
            && !f.EndsWith("-shm", StringComparison.Ordinal) && !f.EndsWith("-wal", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(directory, f)} {BackupManifest.Sha256Of(f)}"));

    /// <summary>Folders left beside the data folder (an aside copy or an unpacking folder).</summary>
    private static string[] SiblingsOf(string directory)
    {
        var name = Path.GetFileName(directory);
        return Directory.EnumerateDirectories(Path.GetDirectoryName(directory)!)
            .Where(d => Path.GetFileName(d) != name && Path.GetFileName(d).Contains(name, StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>A data folder with some data, stopped, and an archive of it.</summary>
    private sealed class Scenario : IAsyncDisposable
    {
        private Scenario(string directory, string archives, string archive, IReadOnlyDictionary<string, IReadOnlySet<string>> known)
        {
            Directory = directory;
            Archives = archives;
            Archive = archive;
            Known = known;
        }

        public string Directory { get; }

        public string Archives { get; }

        public string Archive { get; }

        public IReadOnlyDictionary<string, IReadOnlySet<string>> Known { get; }

        public static async Task<Scenario> CreateAsync()
        {
            var directory = JiafuApiFactory.NewDataDirectory();
            var archives = JiafuApiFactory.NewDataDirectory();
            await using var host = new JiafuApiFactory(directory);
            var admin = await host.CreateSignedInClientAsync();
            await admin.CreateInstitutionAsync();
            var archive = await host.Services.GetRequiredService<DatabaseBackup>().CreateAsync(archives, Ct);
            var known = OperationsCommands.KnownMigrations(host.Services);
            await host.DisposeAsync();
            SqliteConnection.ClearAllPools(); // checkpoints the WAL, so the files stay as they are from here on
            return new Scenario(directory, archives, archive, known);
        }

        public Task<DatabaseRestore.Result> RestoreAsync(string archive) =>
            new DatabaseRestore(Directory, Known, TimeProvider.System).RestoreAsync(archive, Ct);

        public ValueTask DisposeAsync()
        {
            JiafuApiFactory.DeleteDataDirectory(Directory);
            JiafuApiFactory.DeleteDataDirectory(Archives);
            return ValueTask.CompletedTask;
        }
    }
}
