using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a module's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages");
            b.HasKey(x => x.Id);
            b.Property(x => x.Type).HasMaxLength(300);
            b.Property(x => x.TraceId).HasMaxLength(64);
            b.Property(x => x.LockedBy).HasMaxLength(100);
            b.Property(x => x.LastError).HasMaxLength(2000);
            b.HasIndex(x => new { x.ProcessedAt, x.OccurredAt });
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("InboxMessages");
            b.HasKey(x => new { x.MessageId, x.Consumer });
            b.Property(x => x.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
