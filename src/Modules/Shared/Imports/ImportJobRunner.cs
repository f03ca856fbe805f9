using Jiafu.Shared.Observability;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Jiafu.Contracts.Audit;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Imports.Data;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Shared.Imports;

/// <summary>
/// Runs queued import jobs one at a time (a bureau's imports are occasional; one writer keeps SQLite fast).
/// Jobs left queued or running by a stopped host are picked up again at start: a commit is one transaction,
/// so an interrupted one left nothing behind and simply runs again.
/// </summary>
public sealed class ImportJobRunner(
    Channel<Guid> queue, IServiceScopeFactory scopes, IEnumerable<ImportKindDescriptor> kinds, IOptions<ImportOptions> options,
    TimeProvider time, ILogger<ImportJobRunner> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Enqueue(Guid jobId) => queue.Writer.TryWrite(jobId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueUnfinishedAsync(stoppingToken);
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(jobId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Import job {JobId} failed", jobId);
                await FinishAsync(jobId, j =>
                {
                    j.State = ImportState.Failed;
                    j.FailureReason = "The import failed unexpectedly; nothing was written. 导入失败，未写入任何数据。";
                }, CancellationToken.None);
            }
        }
    }

    private async Task RequeueUnfinishedAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImportsDbContext>();
        var unfinished = await db.Jobs.Where(j => j.State == ImportState.Queued || j.State == ImportState.Running)
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(ct);
        foreach (var id in unfinished)
        {
            Enqueue(id);
        }
    }

    private async Task RunAsync(Guid jobId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImportsDbContext>();
        var job = await db.Jobs.SingleOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.State is ImportState.Completed or ImportState.Failed)
        {
            return;
        }

        var descriptor = kinds.SingleOrDefault(k => k.Module == job.Module && k.Kind == job.Kind)
            ?? throw new InvalidOperationException($"No import kind {job.Module}/{job.Kind} is registered.");
        job.State = ImportState.Running;
        job.StartedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);

        if (job.Mode == ImportMode.Commit && await FindCommittedTwinAsync(db, job, ct) is { } twin)
        {
            await FinishAsync(jobId, j =>
            {
                j.State = ImportState.Completed;
                j.DuplicateOfJobId = twin.Id;
                (j.RowsRead, j.RowsValid, j.RowsInvalid, j.Errors) = (twin.RowsRead, twin.RowsValid, twin.RowsInvalid, twin.Errors);
            }, ct);
            return;
        }

        var errors = new List<ImportRowError>();
        var invalid = 0;
        var lastProgress = Stopwatch.StartNew();
        var execution = new ImportExecution(job.Id, job.Mode,
            new AuditActor(job.CreatedById, job.CreatedBy, job.CreatedByClient ? AuditActorType.Client : AuditActorType.User),
            DataScope.FromStorageString(job.Scope),
            error =>
            {
                invalid++;
                if (errors.Count < options.Value.MaxErrors)
                {
                    errors.Add(error);
                }
            },
            rowsRead =>
            {
                if (lastProgress.Elapsed >= options.Value.ProgressInterval)
                {
                    lastProgress.Restart();
                    ReportProgress(jobId, rowsRead);
                }
            });

        using var kindScope = scopes.CreateScope();
        var kind = (IImportKind)kindScope.ServiceProvider.GetRequiredService(descriptor.Implementation);
        var rows = ImportFileReader.ReadAsync(job.StoragePath!, job.Format, descriptor.Columns, ct);
        var counts = await kind.ProcessAsync(rows, execution, ct);
        await FinishAsync(jobId, j =>
        {
            j.State = ImportState.Completed;
            (j.RowsRead, j.RowsValid, j.RowsInvalid, j.Created, j.Updated) =
                (counts.RowsRead, counts.RowsValid, counts.RowsInvalid, counts.Created, counts.Updated);
            j.Errors = JsonSerializer.Serialize(errors.OrderBy(e => e.Row), Json);
            j.ErrorsTruncated = errors.Count < invalid && errors.Count >= options.Value.MaxErrors;
        }, ct);
        RecordRows(job, counts);

        if (job.Mode == ImportMode.Commit)
        {
            await kindScope.ServiceProvider.GetRequiredService<IAuditSink>().RecordAsync(new AuditRecorded
            {
                Module = job.Module,
                Action = "CommitImport",
                Actor = execution.Actor,
                TargetType = "ImportJob",
                TargetId = job.Id.ToString(),
                Outcome = AuditOutcome.Succeeded,
                Reason = $"{job.Kind}: {counts.RowsRead} rows read, {counts.Created} created, {counts.Updated} updated, {counts.RowsInvalid} invalid; file sha256 {job.FileHash}",
                OccurredAt = time.GetUtcNow(),
            }, ct);
            await SettleAsync(kind, jobId, ct);
        }
    }

    private async Task SettleAsync(IImportKind kind, Guid jobId, CancellationToken ct)
    {
        try
        {
            // Synchronous file work for a fraction of a second (a checkpoint): a thread of its own rather than one of the
            // thread pool's, which serve requests meanwhile.
            await Task.Factory.StartNew(() => kind.SettleAsync(ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rows are committed and the job reported; housekeeping that fails now is redone by the next commit.
            logger.LogWarning(ex, "Import job {JobId}: housekeeping after the commit failed", jobId);
        }
    }

    private static Task<ImportJob?> FindCommittedTwinAsync(ImportsDbContext db, ImportJob job, CancellationToken ct) =>
        db.Jobs.AsNoTracking()
            .Where(j => j.Id != job.Id && j.Module == job.Module && j.Kind == job.Kind && j.FileHash == job.FileHash
                && j.Mode == ImportMode.Commit && j.State == ImportState.Completed && j.DuplicateOfJobId == null)
            .OrderBy(j => j.CreatedAt).FirstOrDefaultAsync(ct);

    private void ReportProgress(Guid jobId, int rowsRead)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImportsDbContext>();
        db.Jobs.Where(j => j.Id == jobId).ExecuteUpdate(s => s.SetProperty(j => j.RowsRead, rowsRead));
    }

    private async Task FinishAsync(Guid jobId, Action<ImportJob> update, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImportsDbContext>();
        var job = await db.Jobs.SingleAsync(j => j.Id == jobId, ct);
        update(job);
        job.FinishedAt = time.GetUtcNow();
        if (job.StoragePath is { } path)
        {
            TryDelete(path);
            job.StoragePath = null;
        }

        await db.SaveChangesAsync(ct);
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete the import upload {Path}", path);
        }
    }

    private static void RecordRows(ImportJob job, ImportCounts counts)
    {
        var kind = new KeyValuePair<string, object?>("kind", job.Module + "/" + job.Kind);
        var mode = new KeyValuePair<string, object?>("mode", job.Mode.ToString());
        JiafuTelemetry.ImportRows.Add(counts.RowsValid, kind, mode, new KeyValuePair<string, object?>("result", "valid"));
        JiafuTelemetry.ImportRows.Add(counts.RowsInvalid, kind, mode, new KeyValuePair<string, object?>("result", "invalid"));
    }
}
