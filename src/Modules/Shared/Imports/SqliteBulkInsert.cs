using System.Globalization;
using System.Runtime.InteropServices;
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
        // The statement and the connection stay open for as long as this instance is used (it owns the one; the caller's
        // open connection the other), so their raw handles are safe to pass here without the per-call reference counting.
        var statement = _statement.DangerousGetHandle();
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            var index = i + 1;
            Check(cell.Kind switch
            {
                SqliteCellKind.Null => SqliteNative.sqlite3_bind_null(statement, index),
                SqliteCellKind.Integer => SqliteNative.sqlite3_bind_int64(statement, index, cell.Integer),
                SqliteCellKind.Real => SqliteNative.sqlite3_bind_double(statement, index, cell.Real),
                // A zero length with a valid address binds the empty string or blob, not NULL.
                SqliteCellKind.Text => SqliteNative.sqlite3_bind_text(statement, index, ref Data(cell.Bytes), cell.Bytes?.Length ?? 0, SqliteNative.Transient),
                _ => SqliteNative.sqlite3_bind_blob(statement, index, ref Data(cell.Bytes), cell.Bytes?.Length ?? 0, SqliteNative.Transient),
            });
        }

        var rc = SqliteNative.sqlite3_step(statement);
        SqliteNative.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }

        return SqliteNative.sqlite3_changes(_db.DangerousGetHandle()) == 1;
    }

    private static ref byte Data(byte[]? bytes) => ref MemoryMarshal.GetArrayDataReference(bytes is { Length: > 0 } ? bytes : SqliteNative.NoBytes);

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

/// <summary>
/// The binding calls of the SQLite library that SQLitePCLRaw loads (the same <c>e_sqlite3</c>), taking raw handles: a
/// bulk insert binds a few dozen values per row, and the provider's safe-handle reference counting and interface
/// dispatch around each call cost as much as the binding itself. Text and blobs are bound with SQLITE_TRANSIENT, so
/// SQLite copies them during the call (they are pinned only for its duration).
/// </summary>
internal static class SqliteNative
{
    public const nint Transient = -1;
    public static readonly byte[] NoBytes = [0];
    private const string Library = "e_sqlite3";

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_bind_null(nint statement, int index);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_bind_int64(nint statement, int index, long value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_bind_double(nint statement, int index, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_bind_text(nint statement, int index, ref byte text, int length, nint destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_bind_blob(nint statement, int index, ref byte data, int length, nint destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_step(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_reset(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    public static extern int sqlite3_changes(nint connection);
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
