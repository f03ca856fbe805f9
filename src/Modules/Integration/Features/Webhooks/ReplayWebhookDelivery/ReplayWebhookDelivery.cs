using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Replay a delivery (重新推送): queues a new delivery of the same event id and body to the same, still active, subscription.</summary>
public sealed record ReplayWebhookDelivery(Guid DeliveryId) : ICommand<WebhookDeliveryResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(WebhookDelivery);

    public string? AuditTargetId => DeliveryId.ToString();
}

public sealed class ReplayWebhookDeliveryHandler(IntegrationDbContext db, WebhookAccess access, WebhookQueue queue, WebhookSignal signal)
    : ICommandHandler<ReplayWebhookDelivery, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(ReplayWebhookDelivery command, CancellationToken ct)
    {
        var original = await access.Deliveries().AsNoTracking().FirstOrDefaultAsync(d => d.Id == command.DeliveryId, ct)
            ?? throw new NotFoundException("WebhookDelivery", command.DeliveryId.ToString());
        var subscription = await access.Subscriptions().AsNoTracking().FirstOrDefaultAsync(s => s.Id == original.SubscriptionId, ct);
        if (subscription is not { IsActive: true })
        {
            throw new ConflictException("The subscription was deleted; nothing can be sent to it. 订阅已删除。", "subscription_deleted");
        }

        var replay = queue.NewReplay(original);
        db.Set<WebhookDelivery>().Add(replay);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return WebhookDeliveryResponse.From(replay);
    }
}
