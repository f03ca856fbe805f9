using Jiafu.Contracts.Events;

namespace Jiafu.Shared.Outbox;

/// <summary>
/// Consumes an integration event. Delivery is at least once: a handler records the event id in its own
/// module's inbox (<see cref="InboxExtensions.TryRecordInboxAsync"/>) in the same transaction as its effect.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken ct);
}
