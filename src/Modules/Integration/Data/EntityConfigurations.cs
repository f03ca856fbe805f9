using Jiafu.Integration.Domain;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Integration.Data;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("WebhookSubscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Url).HasMaxLength(500);
        b.Property(s => s.EventTypes).HasSpaceSeparatedConversion(2000);
        b.Property(s => s.Description).HasMaxLength(200);
        b.Property(s => s.SecretCiphertext).HasMaxLength(500);
        b.Property(s => s.CreatedBy).HasMaxLength(100);
        b.Ignore(s => s.IsActive);
        b.HasIndex(s => new { s.ClientId, s.DeletedAt });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("WebhookDeliveries");
        b.HasKey(d => d.Id);
        b.Property(d => d.EventType).HasMaxLength(100);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.LastError).HasMaxLength(1000);
        b.Property(d => d.LockedBy).HasMaxLength(100);
        b.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.Status, d.NextAttemptAt });
        b.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        b.HasIndex(d => new { d.ClientId, d.CreatedAt });
        // One original delivery per event and subscription: a redelivered integration event queues nothing twice.
        b.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique().HasFilter("[ReplayOf] IS NULL");
    }
}

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> b)
    {
        b.ToTable("WebhookDeliveryAttempts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Error).HasMaxLength(1000);
        b.Property(a => a.ResponseExcerpt).HasMaxLength(1000);
        b.HasIndex(a => new { a.DeliveryId, a.Number }).IsUnique();
    }
}
