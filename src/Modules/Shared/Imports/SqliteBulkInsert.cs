using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Jiafu.Shared.Imports;

/// <summary>
/// A prepared SQLite <c>INSERT</c> of one entity type for bulk writers, reused for every row. The table, the columns
/// and the value converters come from the EF Core model, so the stored values are those EF Core would write; the
/// statement is bound by position through the native SQLite API (binding by name through ADO.NET costs more than the
/// insert itself for a wide row). It runs on the context's open connection inside its current transaction and
/// bypasses <c>SaveChanges</c> (no interceptors, no entity-change audit): the caller owns events and audit.
/// </summary>
public sealed class SqliteBulkInsert<T> : IDisposable
    where T : class
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Column[] _columns;

    /// <param name="skipConflictsOn">A property with a unique index: a row whose value is already stored is skipped
    /// (<c>ON CONFLICT (column) DO NOTHING</c>) and <see cref="Insert(SqliteRow)"/> answers false.</param>
    public SqliteBulkInsert(DbContext db, string? skipConflictsOn = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection() is not SqliteConnection { Handle: { } handle } || db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A SQLite bulk insert runs on an open SQLite connection inside the context's current transaction.");
        }

        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the {db.GetType().Name} model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = new List<Column>();
        var names = new List<string>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.GetColumnName(table) is not { } column)
            {
                continue;
            }

            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is a shadow property; a bulk insert writes CLR properties only.");
            }

            var converter = property.GetRelationalTypeMapping().Converter;
            columns.Add(new Column(property.GetGetter(), converter is null ? null : converter.ConvertToProvider));
            names.Add(sql.DelimitIdentifier(column));
        }

        var conflict = "";
        if (skipConflictsOn is not null)
        {
            var property = entityType.FindProperty(skipConflictsOn)
                ?? throw new ArgumentException($"{typeof(T).Name} has no property {skipConflictsOn}.", nameof(skipConflictsOn));
            conflict = $" ON CONFLICT ({sql.DelimitIdentifier(property.GetColumnName(table)!)}) DO NOTHING";
        }

        _db = handle;
        _columns = [.. columns];
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({string.Join(", ", names)}) "
            + $"VALUES ({string.Join(", ", names.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))}){conflict}";
        Check(raw.sqlite3_prepare_v2(_db, text, out _statement));
    }

    /// <summary>Inserts one row; false when it was skipped as a conflict.</summary>
    public bool Insert(T entity) => Insert(Encode(entity));

    /// <summary>
    /// Reads and converts an entity's column values into the form SQLite stores (text as UTF-8, integers, reals, blobs).
    /// Uses only the model, never the connection, so it can run on another thread while rows are being inserted.
    /// </summary>
    public SqliteRow Encode(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var cells = new SqliteCell[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var value = column.Getter.GetClrValueUsingContainingEntity(entity);
            if (value is not null && column.Convert is not null)
            {
                value = column.Convert(value);
            }

            cells[i] = SqliteCell.From(value, typeof(T));
        }

        return new SqliteRow(cells);
    }

    /// <summary>Inserts one encoded row; false when it was skipped as a conflict.</summary>
    public bool Insert(SqliteRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            var index = i + 1;
            Check(cell.Kind switch
            {
                SqliteCellKind.Null => raw.sqlite3_bind_null(_statement, index),
                SqliteCellKind.Integer => raw.sqlite3_bind_int64(_statement, index, cell.Integer),
                SqliteCellKind.Real => raw.sqlite3_bind_double(_statement, index, cell.Real),
                // An empty span has no address, which SQLite would bind as NULL: bind the empty string itself.
                SqliteCellKind.Text when cell.Bytes is not { Length: > 0 } => raw.sqlite3_bind_text(_statement, index, string.Empty),
                SqliteCellKind.Text => raw.sqlite3_bind_text(_statement, index, cell.Bytes.AsSpan()),
                _ => raw.sqlite3_bind_blob(_statement, index, cell.Bytes.AsSpan()),
            });
        }

        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }

        return raw.sqlite3_changes(_db) == 1;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
        }
    }

    private sealed record Column(IClrPropertyGetter Getter, Func<object?, object?>? Convert);
}

/// <summary>A row encoded by <see cref="SqliteBulkInsert{T}.Encode"/>, ready to bind.</summary>
public sealed class SqliteRow(SqliteCell[] cells)
{
    internal SqliteCell[] Cells { get; } = cells;
}

public enum SqliteCellKind
{
    Null,
    Integer,
    Real,
    Text,
    Blob,
}

/// <summary>One column value in SQLite's storage classes; values are encoded the way Microsoft.Data.Sqlite binds them
/// (EF Core's SQLite type mappings rely on that): GUIDs as upper-case text, dates as ISO text, booleans as 0/1.</summary>
public readonly record struct SqliteCell(SqliteCellKind Kind, long Integer, double Real, byte[]? Bytes)
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SqliteCell From(object? value, Type entity) => value switch
    {
        null => default,
        string s => Text(s),
        bool b => new(SqliteCellKind.Integer, b ? 1 : 0, 0, null),
        long l => new(SqliteCellKind.Integer, l, 0, null),
        int n => new(SqliteCellKind.Integer, n, 0, null),
        short n => new(SqliteCellKind.Integer, n, 0, null),
        byte n => new(SqliteCellKind.Integer, n, 0, null),
        double d => new(SqliteCellKind.Real, 0, d, null),
        float f => new(SqliteCellKind.Real, 0, f, null),
        Guid g => Upper(g),
        DateOnly d => Utf8Formatted(d, "O"),
        DateTime d => Text(d.ToString("yyyy\\-MM\\-dd HH\\:mm\\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        decimal m => Text(m.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        byte[] bytes => new(SqliteCellKind.Blob, 0, 0, bytes),
        _ => throw new NotSupportedException($"{entity.Name}: values of type {value.GetType().Name} are not supported by the bulk insert."),
    };

    private static SqliteCell Text(string value) => new(SqliteCellKind.Text, 0, 0, Utf8.GetBytes(value));

    // Straight to UTF-8, without the intermediate strings (a bulk import encodes several GUIDs and dates per row).
    private static SqliteCell Utf8Formatted<TValue>(TValue value, string format)
        where TValue : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[64];
        if (!value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{typeof(TValue).Name} did not fit its UTF-8 buffer.");
        }

        return new(SqliteCellKind.Text, 0, 0, buffer[..written].ToArray());
    }

    private static SqliteCell Upper(Guid value)
    {
        var bytes = new byte[36];
        value.TryFormat(bytes, out _);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'a' and <= (byte)'f')
            {
                bytes[i] -= 'a' - 'A';
            }
        }

        return new(SqliteCellKind.Text, 0, 0, bytes);
    }
}
