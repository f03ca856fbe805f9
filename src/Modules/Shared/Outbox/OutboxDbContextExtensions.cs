using System.Diagnostics;
using System.Text.Json;
using Jiafu.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Outbox;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages an integration event in this context's outbox; it is stored by the same
    /// <c>SaveChanges</c> (and transaction) as the change it describes.
    /// </summary>
    public static OutboxMessage AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent)
    {
        var message = ToOutboxMessage(integrationEvent);
        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    internal static OutboxMessage ToOutboxMessage(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.Id,
        Type = IntegrationEventTypes.NameOf(integrationEvent.GetType()),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), SerializerOptions),
        OccurredAt = integrationEvent.OccurredAt,
        TraceId = Activity.Current?.TraceId.ToString(),
    };
}
