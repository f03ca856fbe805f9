using System.Reflection;
using System.Text.Json;
using Jiafu.Contracts.Events;
using Jiafu.Shared.Observability;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Shared.Outbox;

/// <summary>
/// Delivers outbox messages of every module to their handlers. A message is first claimed with a
/// conditional update, so two hosts sharing a database never deliver it at the same time; a host that
/// dies mid-delivery loses its claim when it expires, and idempotent consumers absorb the retry.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly MethodInfo InvokeMethod =
        typeof(OutboxDispatcher).GetMethod(nameof(InvokeHandlersAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>> Invokers = new();

    private readonly string _hostId = HostIdentity.Create();

    /// <summary>Dispatches what is due in every module; returns the number of messages delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var delivered = 0;
        using var scope = scopeFactory.CreateScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            delivered += await DispatchModuleAsync(module, ct);
        }

        return delivered;
    }

    private async Task<int> DispatchModuleAsync(ModuleDatabase module, CancellationToken ct)
    {
        using var scope = scopeFactory.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var now = time.GetUtcNow();
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.Attempts < options.Value.MaxAttempts
                && (m.LockedUntil == null || m.LockedUntil < now)
                && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        // Claim the batch in one conditional update; of two hosts racing for a message exactly one gets it.
        var until = now + options.Value.ClaimDuration;
        await db.Set<OutboxMessage>()
            .Where(m => due.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _hostId).SetProperty(m => m.LockedUntil, until), ct);
        var claimed = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => due.Contains(m.Id) && m.LockedBy == _hostId && m.ProcessedAt == null)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(ct);

        var delivered = new List<OutboxMessage>(claimed.Count);
        foreach (var message in claimed)
        {
            if (await DeliverAsync(db, module.Name, message, ct))
            {
                delivered.Add(message);
            }
        }

        if (delivered.Count > 0)
        {
            var processedAt = time.GetUtcNow();
            var ids = delivered.Select(m => m.Id).ToList();
            await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id) && m.LockedBy == _hostId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, processedAt)
                    .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
            var moduleTag = new KeyValuePair<string, object?>("module", module.Name);
            foreach (var message in delivered)
            {
                JiafuTelemetry.OutboxDelivered.Add(1, moduleTag, new KeyValuePair<string, object?>("event", ShortType(message.Type)));
                JiafuTelemetry.OutboxLag.Record((processedAt - message.OccurredAt).TotalSeconds, moduleTag);
            }
        }

        return delivered.Count;
    }

    private async Task<bool> DeliverAsync(DbContext db, string module, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var type = IntegrationEventTypes.Resolve(message.Type)
                ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
            var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, OutboxDbContextExtensions.SerializerOptions)!;
            using var handlerScope = scopeFactory.CreateScope();
            var invoke = Invokers.GetOrAdd(type, static t => (Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>)InvokeMethod
                .MakeGenericMethod(t).CreateDelegate(typeof(Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>)));
            await invoke(handlerScope.ServiceProvider, integrationEvent, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, attempts)));
            logger.LogError(ex, "Outbox message {MessageId} of type {Type} failed (attempt {Attempt})", message.Id, message.Type, attempts);
            JiafuTelemetry.OutboxFailures.Add(1, new KeyValuePair<string, object?>("module", module),
                new KeyValuePair<string, object?>("event", ShortType(message.Type)));
            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.LockedBy == _hostId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return false;
        }
    }

    /// <summary>The event's type name without its namespace (a small, fixed set of metric tag values).</summary>
    private static string ShortType(string type)
    {
        var name = type.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static async Task InvokeHandlersAsync<TEvent>(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken ct)
        where TEvent : IntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)integrationEvent, ct);
        }
    }
}
