using System.Text.Json;
using System.Text.Json.Serialization;
using Jiafu.Integration.Domain;
using Microsoft.Extensions.Options;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Builds delivery rows: the JSON body <c>{ id, type, occurredAt, version, data }</c> fixed at queueing time.</summary>
public sealed class WebhookQueue(IOptions<WebhookOptions> options, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    internal WebhookDelivery NewDelivery(WebhookSubscription subscription, WebhookEvent e) =>
        NewDelivery(subscription.Id, subscription.ClientId, e.Id, e.Type,
            JsonSerializer.Serialize(new WebhookPayload(e.Id, e.Type, e.OccurredAt, e.Version, e.Data), Json), null);

    /// <summary>A ping (<c>type: "ping"</c>) to test the endpoint and its signature check.</summary>
    internal WebhookDelivery NewPing(WebhookSubscription subscription)
    {
        var id = Guid.CreateVersion7();
        var payload = new WebhookPayload(id, WebhookEventCatalog.Ping, time.GetUtcNow(), 1,
            new { SubscriptionId = subscription.Id, Message = "Jiafu webhook test 推送测试" });
        return NewDelivery(subscription.Id, subscription.ClientId, id, WebhookEventCatalog.Ping, JsonSerializer.Serialize(payload, Json), null);
    }

    /// <summary>A new delivery of the same event id and body as <paramref name="original"/>.</summary>
    internal WebhookDelivery NewReplay(WebhookDelivery original) =>
        NewDelivery(original.SubscriptionId, original.ClientId, original.EventId, original.EventType, original.Payload, original.Id);

    private WebhookDelivery NewDelivery(Guid subscriptionId, Guid clientId, Guid eventId, string type, string payload, Guid? replayOf)
    {
        var now = time.GetUtcNow();
        return new WebhookDelivery
        {
            SubscriptionId = subscriptionId,
            ClientId = clientId,
            EventId = eventId,
            EventType = type,
            Payload = payload,
            CreatedAt = now,
            NextAttemptAt = now,
            RetryUntil = now + options.Value.RetryPeriod,
            ReplayOf = replayOf,
        };
    }

    private sealed record WebhookPayload(Guid Id, string Type, DateTimeOffset OccurredAt, int Version, object Data);
}

/// <summary>Wakes the delivery loop as soon as deliveries are queued.</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
