using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

/// <summary>
/// What SQLite alone needs for the rows an import wrote: the same worker and employment rows, read back from the
/// host's database, inserted through prepared statements in the import writer's order (a worker, then its first
/// employment; <c>ON CONFLICT (IdNumberHash) DO NOTHING</c>) into an empty copy of the register's schema, in one
/// transaction on one thread, with the import's pragmas. Nothing is parsed, validated, encrypted or sent over HTTP: it is
/// the floor under the end-to-end import for this row shape on this machine.
/// </summary>
internal static class SqliteFloor
{
    /// <summary>An empty copy of the register's schema, taken before anything is imported.</summary>
    public static string CopySchema(string registryDatabase, string folder)
    {
        var copy = Path.Combine(folder, "floor-schema.db");
        using var connection = new SqliteConnection($"Data Source={registryDatabase};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", copy);
        command.ExecuteNonQuery();
        return copy;
    }

    public static (double InsertSeconds, double CommitSeconds, int Rows) Measure(string registryDatabase, string schemaCopy, int rows, int cacheKiB)
    {
        var (workerColumns, workers) = Read(registryDatabase,
            $"SELECT * FROM Workers WHERE rowid > (SELECT MAX(rowid) FROM Workers) - {rows} ORDER BY rowid");
        var (employmentColumns, employments) = Read(registryDatabase,
            $"SELECT e.* FROM WorkerEmployments e JOIN Workers w ON w.Id = e.WorkerId WHERE w.rowid > (SELECT MAX(rowid) FROM Workers) - {rows} ORDER BY w.rowid");
        if (workers.Count != employments.Count)
        {
            throw new InvalidOperationException($"{workers.Count} workers but {employments.Count} first employments were read back.");
        }

        var target = Path.Combine(Path.GetDirectoryName(schemaCopy)!, "floor.db");
        File.Copy(schemaCopy, target, overwrite: true);
        using var connection = new SqliteConnection($"Data Source={target};Pooling=false");
        connection.Open();
        Execute(connection, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{cacheKiB}; PRAGMA wal_autocheckpoint = 0;");
        var db = connection.Handle!;
        var insertWorker = Prepare(db, Insert("Workers", workerColumns, " ON CONFLICT (\"IdNumberHash\") DO NOTHING"));
        var insertEmployment = Prepare(db, Insert("WorkerEmployments", employmentColumns, ""));
        try
        {
            var stopwatch = Stopwatch.StartNew();
            Execute(connection, "BEGIN");
            for (var i = 0; i < workers.Count; i++)
            {
                Step(db, insertWorker, workers[i]);
                Step(db, insertEmployment, employments[i]);
            }

            var insertSeconds = stopwatch.Elapsed.TotalSeconds;
            Execute(connection, "COMMIT");
            return (insertSeconds, stopwatch.Elapsed.TotalSeconds - insertSeconds, workers.Count);
        }
        finally
        {
            insertWorker.Dispose();
            insertEmployment.Dispose();
        }
    }

    private static (string[] Columns, List<object?[]> Rows) Read(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            // Text is kept as UTF-8, as the import's reading task hands it to the writer.
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null
                : reader.GetValue(i) is string text ? Encoding.UTF8.GetBytes(text) : reader.GetValue(i)).ToArray());
        }

        return (columns, rows);
    }

    private static string Insert(string table, string[] columns, string tail) =>
        $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))}){tail}";

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    private static void Step(sqlite3 db, sqlite3_stmt statement, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            Check(db, row[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                long integer => raw.sqlite3_bind_int64(statement, i + 1, integer),
                double real => raw.sqlite3_bind_double(statement, i + 1, real),
                byte[] { Length: 0 } => raw.sqlite3_bind_text(statement, i + 1, string.Empty),
                byte[] utf8 => raw.sqlite3_bind_text(statement, i + 1, utf8.AsSpan()),
                var other => throw new NotSupportedException($"Column {i + 1}: {other.GetType().Name}"),
            });
        }

        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(db, rc);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }
}
