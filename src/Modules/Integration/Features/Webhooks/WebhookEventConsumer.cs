using Jiafu.Contracts.Identity;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Training;
using Jiafu.Contracts.Voucher;
using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>
/// Turns integration events into queued webhook deliveries: one row per subscription that receives the event's type, whose
/// client is active, holds one of the type's scopes and is bound to an institution the event concerns. Nothing outside a
/// client's scope is ever queued. Idempotent: the event id is recorded in this module's inbox in the same save, and a
/// unique index allows one original delivery per event and subscription.
/// </summary>
public sealed class WebhookEventConsumer(IntegrationDbContext db, IApiClientReader clients, WebhookQueue queue, WebhookSignal signal, TimeProvider time)
    : IIntegrationEventHandler<InstitutionRecognised>, IIntegrationEventHandler<InstitutionStatusChanged>,
        IIntegrationEventHandler<EmployeeFilingApproved>, IIntegrationEventHandler<EmployeeFilingExpired>,
        IIntegrationEventHandler<WorkerRegistered>, IIntegrationEventHandler<WorkersRegistered>, IIntegrationEventHandler<WorkerMoved>,
        IIntegrationEventHandler<TraineeCompleted>,
        IIntegrationEventHandler<VoucherStatusChanged>, IIntegrationEventHandler<VoucherSettlementChanged>,
        IIntegrationEventHandler<SubsidyApplicationApproved>, IIntegrationEventHandler<SubsidyApplicationPaid>,
        IIntegrationEventHandler<SubsidyApplicationRecovered>
{
    private const string Consumer = "integration.webhooks";

    public Task HandleAsync(InstitutionRecognised e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(InstitutionStatusChanged e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(EmployeeFilingApproved e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(EmployeeFilingExpired e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(WorkerRegistered e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(WorkersRegistered e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(WorkerMoved e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(TraineeCompleted e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(VoucherStatusChanged e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(VoucherSettlementChanged e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(SubsidyApplicationApproved e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(SubsidyApplicationPaid e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    public Task HandleAsync(SubsidyApplicationRecovered e, CancellationToken ct) => QueueAsync(e.Id, WebhookEventCatalog.Map(e), ct);

    private async Task QueueAsync(Guid messageId, IEnumerable<WebhookEvent> mapped, CancellationToken ct)
    {
        var events = mapped.ToList();
        if (events.Count == 0)
        {
            return;
        }

        var types = events.Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        // Subscriptions are few (a handful per client): filter the types in memory rather than in a LIKE over the list column.
        var subscriptions = (await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.DeletedAt == null).ToListAsync(ct))
            .Where(s => s.EventTypes.Any(types.Contains))
            .ToList();
        if (subscriptions.Count == 0)
        {
            return;
        }

        if (!await db.TryRecordInboxAsync(messageId, Consumer, time.GetUtcNow(), ct))
        {
            return;
        }

        var owners = (await clients.FindClientsAsync(subscriptions.Select(s => s.ClientId).ToList(), ct)).ToDictionary(c => c.Id);
        var queued = 0;
        foreach (var subscription in subscriptions)
        {
            if (!owners.TryGetValue(subscription.ClientId, out var client) || client.IsRevoked)
            {
                continue;
            }

            var bound = client.InstitutionIds.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
            foreach (var e in events.Where(e => subscription.Receives(e.Type)
                && WebhookEventCatalog.IsEntitled(e.Type, client.Scopes)
                && e.InstitutionIds.Any(bound.Contains)))
            {
                db.Set<WebhookDelivery>().Add(queue.NewDelivery(subscription, e));
                queued++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another host queued this event meanwhile (its inbox row won the race): nothing to add.
            return;
        }

        if (queued > 0)
        {
            signal.Notify();
        }
    }
}
