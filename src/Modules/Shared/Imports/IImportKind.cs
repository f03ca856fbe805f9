using Jiafu.Contracts.Audit;
using Jiafu.Shared.Security;

namespace Jiafu.Shared.Imports;

/// <summary>
/// One importable kind of record, implemented by a module (e.g. Registry's workers). The shared pipeline
/// stores the upload, reads CSV/XLSX/JSON as a stream of rows with canonical column names, tracks the job,
/// and calls <see cref="ProcessAsync"/> once.
/// </summary>
public interface IImportKind
{
    /// <summary>Processes the rows: validates each, reports errors, and in commit mode writes the valid rows in
    /// one transaction. Must not hold all rows in memory.</summary>
    Task<ImportCounts> ProcessAsync(IAsyncEnumerable<ImportRow> rows, ImportExecution execution, CancellationToken ct);

    /// <summary>Housekeeping after a commit, once the job has been reported complete (the submitter no longer waits for it).</summary>
    Task SettleAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Describes a kind for routing, templates and header mapping (registered as a singleton).</summary>
/// <param name="Policy">Authorization policy required to submit an import of this kind.</param>
public sealed record ImportKindDescriptor(string Module, string Kind, string Policy, IReadOnlyList<ImportColumn> Columns, Type Implementation)
{
    public string Key => $"{Module}/{Kind}";
}

/// <param name="Name">The API's camelCase field name (the canonical header).</param>
/// <param name="ChineseHeader">The template's Chinese header, accepted as an alias.</param>
public sealed record ImportColumn(string Name, string ChineseHeader, bool Required, string Description, params string[] Aliases);

/// <summary>One data row: its 1-based number and its cells by canonical column name.</summary>
public sealed class ImportRow(int number, IReadOnlyDictionary<string, string?> values)
{
    public int Number { get; } = number;

    public string? this[string column] => values.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>Context of a running job: mode, who submitted it and with what data scope, and the error sink.</summary>
public sealed class ImportExecution(Guid jobId, ImportMode mode, AuditActor actor, DataScope scope, Action<ImportRowError> reportError, Action<int> reportProgress)
{
    public Guid JobId { get; } = jobId;

    public ImportMode Mode { get; } = mode;

    public AuditActor Actor { get; } = actor;

    public DataScope Scope { get; } = scope;

    public void Error(int row, string? column, string message) => reportError(new ImportRowError(row, column, message));

    /// <summary>Reports rows read so far (the job's progress).</summary>
    public void Progress(int rowsRead) => reportProgress(rowsRead);
}

/// <summary>What a kind did with the file.</summary>
public sealed record ImportCounts(int RowsRead, int RowsValid, int RowsInvalid, int Created, int Updated);
