namespace Jiafu.Shared.Imports;

/// <summary>A bulk import (批量导入) of one uploaded file: validated, or validated and committed, in the background.</summary>
public sealed class ImportJob
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Owning module, e.g. <c>registry</c>.</summary>
    public required string Module { get; set; }

    /// <summary>What is imported, e.g. <c>workers</c>.</summary>
    public required string Kind { get; set; }

    public ImportMode Mode { get; set; }

    public ImportState State { get; set; } = ImportState.Queued;

    public required string Format { get; set; }

    /// <summary>SHA-256 of the uploaded bytes: a re-posted file is recognised.</summary>
    public required string FileHash { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>The stored upload under the data folder; deleted when the job ends.</summary>
    public string? StoragePath { get; set; }

    public int RowsRead { get; set; }

    public int RowsValid { get; set; }

    public int RowsInvalid { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    /// <summary>JSON array of <see cref="ImportRowError"/>, capped at <c>Imports:MaxErrors</c>.</summary>
    public string Errors { get; set; } = "[]";

    public bool ErrorsTruncated { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>Set when the same file was already committed for this kind: nothing is written again.</summary>
    public Guid? DuplicateOfJobId { get; set; }

    public required string CreatedBy { get; set; }

    public string? CreatedById { get; set; }

    public bool CreatedByClient { get; set; }

    /// <summary>The submitter's data scope, serialised, applied when the job runs without a request.</summary>
    public required string Scope { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

public enum ImportMode
{
    /// <summary>Check every row; write nothing.</summary>
    Validate,

    /// <summary>Check every row and write the valid ones, all or nothing.</summary>
    Commit,
}

public enum ImportState
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A problem with one cell or row: 1-based data row number (the header is row 0), column name, message.</summary>
public sealed record ImportRowError(int Row, string? Column, string Message);
