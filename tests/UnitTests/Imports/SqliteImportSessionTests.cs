using Jiafu.Shared.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.UnitTests.Imports;

/// <summary>
/// A bulk import's SQLite session: a larger page cache and no checkpoint at its commit (the runner checkpoints after
/// reporting the job), both restored afterwards on the pooled connection.
/// </summary>
public sealed class SqliteImportSessionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jiafu-import-session").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_commit_leaves_the_log_unchecked_until_the_checkpoint_and_the_settings_come_back()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "import.db");
        await using var db = new BlobContext($"Data Source={path}");
        await db.Database.EnsureCreatedAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", ct);
        await db.Database.OpenConnectionAsync(ct);
        var cacheBefore = await PragmaAsync(db, "cache_size", ct);
        await SqliteImportSession.CheckpointAsync(db, ct);
        var fileBefore = new FileInfo(path).Length;

        await using (var session = await SqliteImportSession.BeginAsync(db, 32 * 1024, ct))
        {
            Assert.NotNull(session);
            Assert.Equal(-32 * 1024, await PragmaAsync(db, "cache_size", ct));
            Assert.Equal(0, await PragmaAsync(db, "wal_autocheckpoint", ct));

            // About 6 MB: well over the 1,000 pages at which a commit would otherwise checkpoint.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) INSERT INTO Blobs (Data) SELECT randomblob(1000) FROM n", ct);
            await transaction.CommitAsync(ct);
            Assert.Equal(fileBefore, new FileInfo(path).Length);
        }

        Assert.Equal(cacheBefore, await PragmaAsync(db, "cache_size", ct));
        Assert.Equal(1000, await PragmaAsync(db, "wal_autocheckpoint", ct));
        Assert.Equal(6000, await db.Set<Blob>().CountAsync(ct));

        await SqliteImportSession.CheckpointAsync(db, ct);
        Assert.True(new FileInfo(path).Length > fileBefore + 5_000_000);
    }

    private static async Task<long> PragmaAsync(DbContext db, string name, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private sealed class Blob
    {
        public int Id { get; set; }

        public required byte[] Data { get; set; }
    }

    private sealed class BlobContext(string connectionString) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Blob>().ToTable("Blobs");
    }
}
