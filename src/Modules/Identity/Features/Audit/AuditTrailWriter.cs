using System.Diagnostics;
using Jiafu.Contracts.Audit;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Identity.Features.Audit;

/// <summary>
/// Appends entries to the hash-chained audit trail. Appends are serialised by the database: the next
/// sequence number is the primary key, so of two concurrent appends one fails and retries on the new head.
/// An event id is appended at most once, which makes redelivered outbox events harmless.
/// </summary>
public sealed class AuditTrailWriter(IServiceScopeFactory scopes, TimeProvider time) : IAuditSink
{
    private const int MaxAttempts = 20;

    public Task RecordAsync(AuditRecorded record, CancellationToken ct) => AppendAsync(record, ct);

    /// <summary>Records a sign-in, sign-out or token event of the Identity module.</summary>
    public Task RecordAuthAsync(string action, string actorName, Guid? actorId, AuditOutcome outcome, string? reason,
        CancellationToken ct, AuditActorType actorType = AuditActorType.User) =>
        AppendAsync(new AuditRecorded
        {
            Module = IdentityModule.Name,
            Action = action,
            Actor = new AuditActor(actorId?.ToString(), actorName.Length > 100 ? actorName[..100] : actorName, actorType),
            TargetType = actorType == AuditActorType.Client ? "ApiClient" : "User",
            TargetId = actorId?.ToString(),
            Outcome = outcome,
            Reason = reason,
            TraceId = Activity.Current?.TraceId.ToString(),
            OccurredAt = time.GetUtcNow(),
        }, ct);

    /// <summary>Appends the record unless its event id is already in the trail; returns false for a duplicate.</summary>
    public async Task<bool> AppendAsync(AuditRecorded record, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.AuditEntries.AnyAsync(e => e.EventId == record.Id, ct))
            {
                return false;
            }

            var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            var entry = ToEntry(record, head?.Sequence + 1 ?? 1, head?.Hash ?? AuditEntry.GenesisHash);
            db.AuditEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation() && attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(ct);
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    private AuditEntry ToEntry(AuditRecorded record, long sequence, string previousHash)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            EventId = record.Id,
            OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(record.OccurredAt.ToUnixTimeMilliseconds()),
            RecordedAt = time.GetUtcNow(),
            Module = record.Module,
            Action = record.Action,
            ActorId = record.Actor.Id,
            ActorName = record.Actor.Name,
            ActorType = record.Actor.Type,
            TargetType = record.TargetType,
            TargetId = Truncate(record.TargetId, 200),
            Outcome = record.Outcome,
            Reason = Truncate(record.Reason, 1000),
            TraceId = record.TraceId,
            Changes = record.Changes,
            PreviousHash = previousHash,
            Hash = "",
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    private static string? Truncate(string? value, int max) => value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}

/// <summary>Appends audit records that modules published through their outboxes.</summary>
public sealed class AuditRecordedHandler(AuditTrailWriter writer) : Jiafu.Shared.Outbox.IIntegrationEventHandler<AuditRecorded>
{
    public Task HandleAsync(AuditRecorded integrationEvent, CancellationToken ct) => writer.AppendAsync(integrationEvent, ct);
}
