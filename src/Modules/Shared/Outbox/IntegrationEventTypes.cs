using System.Collections.Concurrent;
using Jiafu.Contracts.Events;

namespace Jiafu.Shared.Outbox;

/// <summary>Maps stored type names back to event types, limited to <see cref="IntegrationEvent"/> subclasses.</summary>
public static class IntegrationEventTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new();

    public static string NameOf(Type type) => type.FullName!;

    public static Type? Resolve(string name) => Cache.GetOrAdd(name, static n =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(n, throwOnError: false))
            .FirstOrDefault(t => t is not null && typeof(IntegrationEvent).IsAssignableFrom(t)));
}
