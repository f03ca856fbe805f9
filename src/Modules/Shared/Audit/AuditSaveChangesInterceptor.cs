using System.Diagnostics;
using System.Text.Json;
using Jiafu.Contracts.Audit;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jiafu.Shared.Audit;

/// <summary>
/// Writes the audit record of the running command into the module's outbox in the same save as the
/// change itself, so a committed change always has its audit entry and a rolled-back one never does.
/// A command that saves several times keeps one record whose change list grows.
/// </summary>
public sealed class AuditSaveChangesInterceptor(
    AuditScope scope, ICurrentUser currentUser, TimeProvider time, OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            StageAuditRecord(db);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            StageAuditRecord(db);
        }

        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    // A save inside an explicit transaction is not visible to the dispatcher yet: OutboxCommitSignalInterceptor wakes it at
    // the commit. Waking it on every save of a long transaction (a bulk import saves once per batch) only made it search the
    // outboxes of every module in vain.
    private void NotifyIfCommitted(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }

    private void StageAuditRecord(DbContext db)
    {
        if (!scope.IsActive)
        {
            return;
        }

        var changes = EntityChangeCollector.Collect(db);
        if (changes.Count == 0)
        {
            return;
        }

        if (scope.StagedRecord is { } staged && scope.StagedEvent is { } stagedEvent && db.Entry(staged).State != EntityState.Detached)
        {
            var previous = JsonSerializer.Deserialize<List<EntityChange>>(stagedEvent.Changes ?? "[]", OutboxDbContextExtensions.SerializerOptions) ?? [];
            var merged = stagedEvent with { Changes = EntityChangeCollector.Serialize(previous.Concat(changes)) };
            staged.Payload = JsonSerializer.Serialize(merged, OutboxDbContextExtensions.SerializerOptions);
            scope.StagedEvent = merged;
            return;
        }

        var first = changes[0];
        var record = new AuditRecorded
        {
            Module = scope.Module!,
            Action = scope.Action!,
            Actor = AuditActorFactory.From(currentUser),
            TargetType = scope.TargetType ?? first.Entity,
            TargetId = scope.TargetId ?? first.Key,
            Outcome = AuditOutcome.Succeeded,
            TraceId = Activity.Current?.TraceId.ToString(),
            Changes = EntityChangeCollector.Serialize(changes),
            OccurredAt = time.GetUtcNow(),
        };
        scope.StagedEvent = record;
        scope.StagedRecord = db.AddIntegrationEvent(record);
    }
}
