namespace Jiafu.Integration.Domain;

/// <summary>
/// One event to deliver to one subscription (推送记录): the exact JSON body that is signed and POSTed, its attempts,
/// and its state. A replay is a new delivery with the same event id and body.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SubscriptionId { get; set; }

    public Guid ClientId { get; set; }

    /// <summary>The event's id (the payload's <c>id</c>, header <c>Jiafu-Webhook-Id</c>): receivers de-duplicate by it.</summary>
    public Guid EventId { get; set; }

    public required string EventType { get; set; }

    /// <summary>The JSON body sent: <c>{ id, type, occurredAt, version, data }</c>.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>After this time a failed delivery is given up instead of retried.</summary>
    public DateTimeOffset RetryUntil { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public int? LastDurationMs { get; set; }

    /// <summary>The delivery this one replays, if any.</summary>
    public Guid? ReplayOf { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public List<WebhookDeliveryAttempt> AttemptLog { get; set; } = [];
}

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt within the retry period failed; it can still be replayed.</summary>
    Failed,
}

/// <summary>One HTTP attempt of a delivery: when, the response code (none on a timeout or network error), how long it took.</summary>
public sealed class WebhookDeliveryAttempt
{
    public long Id { get; set; }

    public Guid DeliveryId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    public int? StatusCode { get; set; }

    public int DurationMs { get; set; }

    public string? Error { get; set; }

    public string? ResponseExcerpt { get; set; }
}
