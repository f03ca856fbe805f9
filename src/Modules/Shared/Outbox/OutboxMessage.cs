namespace Jiafu.Shared.Outbox;

/// <summary>An integration event waiting in its module's database to be dispatched.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The event's CLR type name, resolved through <see cref="IntegrationEventTypes"/>.</summary>
    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string? TraceId { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>The host currently delivering the message, and until when its claim holds.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Earliest time of the next attempt after a failure (exponential backoff).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}

/// <summary>A message a consumer of this module has handled; the key makes consumers idempotent.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
