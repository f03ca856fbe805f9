using Jiafu.Integration.Domain;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>A webhook subscription (事件订阅); the signing secret is never shown again after creation or rotation.</summary>
/// <param name="ClientId">The API client's internal id.</param>
/// <param name="Url">The endpoint that receives signed POSTs.</param>
/// <param name="EventTypes">The subscribed event types (see <c>GET /api/v1/integration/webhooks/event-types</c>).</param>
/// <param name="IsActive">False once deleted; a deleted subscription receives nothing but keeps its delivery log.</param>
public sealed record WebhookSubscriptionResponse(
    Guid Id, Guid ClientId, string Url, IReadOnlyList<string> EventTypes, string? Description, DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt, bool IsActive, DateTimeOffset? DeletedAt)
{
    public static WebhookSubscriptionResponse From(WebhookSubscription s) =>
        new(s.Id, s.ClientId, s.Url, s.EventTypes, s.Description, s.CreatedAt, s.SecretRotatedAt, s.IsActive, s.DeletedAt);
}

/// <summary>A subscription with its signing secret, shown only in this response (密钥仅显示一次).</summary>
/// <param name="Secret">The HMAC-SHA256 signing secret (<c>whsec_…</c>); store it now, it is not shown again.</param>
public sealed record CreatedWebhookSubscriptionResponse(WebhookSubscriptionResponse Subscription, string Secret);

/// <summary>One delivery of an event to a subscription (推送记录), with its attempts.</summary>
/// <param name="EventId">The payload's <c>id</c> and <c>Jiafu-Webhook-Id</c>; a replay keeps it, so receivers can de-duplicate.</param>
/// <param name="Status">Pending (waiting for an attempt), Succeeded (2xx) or Failed (retry period over).</param>
/// <param name="LastStatusCode">The last HTTP status received; null after a timeout or a network error.</param>
/// <param name="LastDurationMs">Duration of the last attempt in milliseconds.</param>
/// <param name="ReplayOf">The delivery this one replays.</param>
/// <param name="Payload">The exact JSON body sent (only in the single-delivery view).</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, Guid SubscriptionId, Guid EventId, string EventType, WebhookDeliveryStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? CompletedAt, int? LastStatusCode, int? LastDurationMs,
    string? LastError, Guid? ReplayOf, IReadOnlyList<WebhookDeliveryAttemptResponse> AttemptLog, string? Payload)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d, bool withPayload = false) =>
        new(d.Id, d.SubscriptionId, d.EventId, d.EventType, d.Status, d.Attempts, d.CreatedAt,
            d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, d.CompletedAt, d.LastStatusCode, d.LastDurationMs,
            d.LastError, d.ReplayOf,
            d.AttemptLog.OrderBy(a => a.Number).Select(a => new WebhookDeliveryAttemptResponse(a.Number, a.AttemptedAt, a.StatusCode, a.DurationMs, a.Error)).ToList(),
            withPayload ? d.Payload : null);
}

/// <summary>One HTTP attempt of a delivery.</summary>
/// <param name="StatusCode">HTTP status received; null after a timeout or a network error.</param>
/// <param name="DurationMs">How long the attempt took, in milliseconds.</param>
public sealed record WebhookDeliveryAttemptResponse(int Number, DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? Error);
