using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Send a test event (推送测试): queues a signed <c>ping</c> delivery to the subscription's URL.</summary>
public sealed record PingWebhookSubscription(Guid Id) : ICommand<WebhookDeliveryResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(WebhookSubscription);

    public string? AuditTargetId => Id.ToString();
}

public sealed class PingWebhookSubscriptionHandler(IntegrationDbContext db, WebhookAccess access, WebhookQueue queue, WebhookSignal signal)
    : ICommandHandler<PingWebhookSubscription, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(PingWebhookSubscription command, CancellationToken ct)
    {
        var subscription = await access.FindActiveAsync(command.Id, ct);
        var delivery = queue.NewPing(subscription);
        db.Set<WebhookDelivery>().Add(delivery);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return WebhookDeliveryResponse.From(delivery);
    }
}
