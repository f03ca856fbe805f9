using System.Text.Json;

namespace Jiafu.Shared.Imports;

/// <summary>An import job's progress and result (导入任务).</summary>
/// <param name="Errors">Row errors: 1-based data row (the header row is not counted), column, message.</param>
/// <param name="DuplicateOfJobId">Set when this exact file was already committed: nothing was written again.</param>
public sealed record ImportJobResponse(
    Guid JobId, string Module, string Kind, ImportMode Mode, ImportState State, string Format,
    int RowsRead, int RowsValid, int RowsInvalid, int Created, int Updated,
    IReadOnlyList<ImportRowError> Errors, bool ErrorsTruncated, Guid? DuplicateOfJobId, string? FailureReason,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ImportJobResponse From(ImportJob j) => new(
        j.Id, j.Module, j.Kind, j.Mode, j.State, j.Format, j.RowsRead, j.RowsValid, j.RowsInvalid, j.Created, j.Updated,
        JsonSerializer.Deserialize<List<ImportRowError>>(j.Errors, Json) ?? [], j.ErrorsTruncated, j.DuplicateOfJobId,
        j.FailureReason, j.CreatedAt, j.StartedAt, j.FinishedAt);
}

/// <summary>The answer to an upload: the job to poll.</summary>
public sealed record ImportAccepted(Guid JobId, ImportState State, string StatusUrl);
