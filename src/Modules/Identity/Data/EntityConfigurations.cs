using Jiafu.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Identity.Data;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.Property(u => u.StreetCode).HasMaxLength(12);
        b.Property(u => u.InstitutionId).HasMaxLength(64);
        b.HasIndex(u => u.StreetCode);
        b.Ignore(u => u.Version);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> b)
    {
        b.ToTable("RefreshTokens");
        b.HasKey(t => t.Id);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.FamilyId);
        b.Property(t => t.RevokedReason).HasMaxLength(100);
        b.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("ApiClients");
        b.HasKey(c => c.Id);
        b.Property(c => c.ClientId).HasMaxLength(64);
        b.HasIndex(c => c.ClientId).IsUnique();
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.SecretHash).HasMaxLength(200);
        b.Property(c => c.CreatedBy).HasMaxLength(100);
        b.Property(c => c.Scopes).HasSpaceSeparatedConversion(2000);
        b.Property(c => c.InstitutionIds).HasSpaceSeparatedConversion(4000);
        b.Ignore(c => c.IsRevoked);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.HasIndex(e => e.EventId).IsUnique();
        b.HasIndex(e => e.OccurredAt);
        b.HasIndex(e => new { e.ActorName, e.OccurredAt });
        b.Property(e => e.Module).HasMaxLength(50);
        b.Property(e => e.Action).HasMaxLength(100);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.ActorType).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.TargetType).HasMaxLength(100);
        b.Property(e => e.TargetId).HasMaxLength(200);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.TraceId).HasMaxLength(64);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}
