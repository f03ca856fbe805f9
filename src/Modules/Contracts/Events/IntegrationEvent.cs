namespace Jiafu.Contracts.Events;

/// <summary>
/// A fact one module publishes for others. Stored in the publisher's outbox in the same
/// transaction as the change, then delivered at least once; consumers de-duplicate by <see cref="Id"/>.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Payload schema version; bump when a field changes meaning.</summary>
    public int Version { get; init; } = 1;
}
