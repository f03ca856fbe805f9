using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jiafu.Shared.Imports;

/// <summary>
/// Enlarges the SQLite page cache of a context's (open) connection for the duration of an import, and restores the
/// previous size when disposed, so the pooled connection does not keep the memory.
/// </summary>
public sealed class SqliteImportCache : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly long _previous;

    private SqliteImportCache(DbContext db, long previous)
    {
        _db = db;
        _previous = previous;
    }

    public static async Task<SqliteImportCache?> EnlargeAsync(DbContext db, int kibibytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite() || kibibytes <= 0)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA cache_size = -{kibibytes}";
        await command.ExecuteNonQueryAsync(ct);
        return new SqliteImportCache(db, previous);
    }

    public async ValueTask DisposeAsync()
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA cache_size = {_previous}";
        await command.ExecuteNonQueryAsync();
        await _db.Database.CloseConnectionAsync();
    }
}
