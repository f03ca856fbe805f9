using System.Text.Json;
using Jiafu.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jiafu.Shared.Audit;

/// <summary>Describes the pending changes of a context as JSON, with secrets and personal data redacted.</summary>
internal static class EntityChangeCollector
{
    private static readonly string[] RedactedFragments = ["Hash", "Secret", "Stamp", "Encrypted", "Password", "Token"];

    public static List<EntityChange> Collect(DbContext db) => db.ChangeTracker.Entries()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Where(e => e.Entity is not OutboxMessage and not InboxMessage)
        .Select(Describe)
        .ToList();

    public static string Serialize(IEnumerable<EntityChange> changes) =>
        JsonSerializer.Serialize(changes, OutboxDbContextExtensions.SerializerOptions);

    private static EntityChange Describe(EntityEntry entry)
    {
        var key = string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue?.ToString()));
        Dictionary<string, object?>? before = null;
        Dictionary<string, object?>? after = null;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            var redact = RedactedFragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));
            if (entry.State != EntityState.Added)
            {
                (before ??= [])[name] = redact ? "***" : property.OriginalValue;
            }

            if (entry.State != EntityState.Deleted)
            {
                (after ??= [])[name] = redact ? "***" : property.CurrentValue;
            }
        }

        return new EntityChange(entry.Metadata.ClrType.Name, key, entry.State.ToString(), before, after);
    }
}

internal sealed record EntityChange(
    string Entity, string Key, string State, Dictionary<string, object?>? Before, Dictionary<string, object?>? After);
