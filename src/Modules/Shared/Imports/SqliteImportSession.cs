using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jiafu.Shared.Imports;

/// <summary>
/// SQLite settings of a context's (open) connection for the duration of a bulk import, restored when disposed so the
/// pooled connection does not keep them: a larger page cache (the random-order hash indexes stay in memory), and no
/// automatic checkpoint at the commit. A commit that adds a hundred megabytes to the write-ahead log would otherwise copy
/// them into the database file before the job could report completion; the data is committed and visible either way. A
/// kind that begins a session calls <see cref="CheckpointAsync"/> from its <see cref="IImportKind.SettleAsync"/>, which
/// the runner calls once the job is reported (unless another connection's commit has checkpointed first). See docs/adr/0072.
/// </summary>
public sealed class SqliteImportSession : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly long _previousCacheSize;
    private readonly long _previousAutoCheckpoint;

    private SqliteImportSession(DbContext db, long previousCacheSize, long previousAutoCheckpoint)
    {
        _db = db;
        _previousCacheSize = previousCacheSize;
        _previousAutoCheckpoint = previousAutoCheckpoint;
    }

    /// <returns>Null on other providers.</returns>
    public static async Task<SqliteImportSession?> BeginAsync(DbContext db, int cacheKibibytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(ct);
        var cacheSize = await PragmaAsync(db, "cache_size", ct);
        var autoCheckpoint = await PragmaAsync(db, "wal_autocheckpoint", ct);
        if (cacheKibibytes > 0)
        {
            await PragmaAsync(db, $"cache_size = -{cacheKibibytes}", ct);
        }

        await PragmaAsync(db, "wal_autocheckpoint = 0", ct);
        return new SqliteImportSession(db, cacheSize, autoCheckpoint);
    }

    /// <summary>Copies the write-ahead log into the database file as far as readers allow (<c>PASSIVE</c>: blocks nobody).</summary>
    public static async Task CheckpointAsync(DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)", ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await PragmaAsync(_db, $"cache_size = {_previousCacheSize}", CancellationToken.None);
        await PragmaAsync(_db, $"wal_autocheckpoint = {_previousAutoCheckpoint}", CancellationToken.None);
        await _db.Database.CloseConnectionAsync();
    }

    private static async Task<long> PragmaAsync(DbContext db, string pragma, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA " + pragma;
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }
}
