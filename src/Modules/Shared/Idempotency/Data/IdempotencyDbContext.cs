using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Idempotency.Data;

/// <summary>The platform's idempotency keys (a database of the shared kernel: <c>idempotency.db</c> / schema <c>idempotency</c>).</summary>
public class IdempotencyDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "idempotency";

    public DbSet<IdempotencyRecord> Records => Set<IdempotencyRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyProviderConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox(); // every module database has them (the dispatcher polls each)
        modelBuilder.Entity<IdempotencyRecord>(b =>
        {
            b.ToTable("IdempotencyKeys");
            b.HasKey(r => r.Id);
            b.Property(r => r.Caller).HasMaxLength(100);
            b.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
            b.Property(r => r.RequestHash).HasMaxLength(64);
            b.Property(r => r.Method).HasMaxLength(10);
            b.Property(r => r.Path).HasMaxLength(500);
            b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.ContentType).HasMaxLength(200);
            b.Property(r => r.Location).HasMaxLength(2000);
            b.Property(r => r.ETag).HasMaxLength(200);
            // The "at most once" guarantee: a second claim of the same key by the same caller fails here.
            b.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
            b.HasIndex(r => r.ExpiresAt);
        });
    }
}

public sealed class IdempotencySqliteDbContext(DbContextOptions<IdempotencySqliteDbContext> options) : IdempotencyDbContext(options);

public sealed class IdempotencySqlServerDbContext(DbContextOptions<IdempotencySqlServerDbContext> options) : IdempotencyDbContext(options);

public sealed class IdempotencySqliteDesignTimeFactory() : DesignTimeContextFactory<IdempotencySqliteDbContext>(DatabaseProvider.Sqlite, IdempotencyModule.Name);

public sealed class IdempotencySqlServerDesignTimeFactory() : DesignTimeContextFactory<IdempotencySqlServerDbContext>(DatabaseProvider.SqlServer, IdempotencyModule.Name);
