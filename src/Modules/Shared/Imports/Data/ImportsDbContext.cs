using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Imports.Data;

/// <summary>The platform's import jobs (a database of the shared kernel: <c>imports.db</c> / schema <c>imports</c>).</summary>
public class ImportsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "imports";

    public DbSet<ImportJob> Jobs => Set<ImportJob>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyProviderConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<ImportJob>(b =>
        {
            b.ToTable("ImportJobs");
            b.HasKey(j => j.Id);
            b.Property(j => j.Module).HasMaxLength(50);
            b.Property(j => j.Kind).HasMaxLength(50);
            b.Property(j => j.Mode).HasConversion<string>().HasMaxLength(20);
            b.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
            b.Property(j => j.Format).HasMaxLength(10);
            b.Property(j => j.FileHash).HasMaxLength(64);
            b.Property(j => j.StoragePath).HasMaxLength(500);
            b.Property(j => j.FailureReason).HasMaxLength(1000);
            b.Property(j => j.CreatedBy).HasMaxLength(100);
            b.Property(j => j.CreatedById).HasMaxLength(64);
            b.Property(j => j.Scope).HasMaxLength(4000);
            b.HasIndex(j => new { j.Module, j.Kind, j.FileHash, j.Mode, j.State });
            b.HasIndex(j => j.State);
        });
    }
}

public sealed class ImportsSqliteDbContext(DbContextOptions<ImportsSqliteDbContext> options) : ImportsDbContext(options);

public sealed class ImportsSqlServerDbContext(DbContextOptions<ImportsSqlServerDbContext> options) : ImportsDbContext(options);

public sealed class ImportsSqliteDesignTimeFactory() : DesignTimeContextFactory<ImportsSqliteDbContext>(DatabaseProvider.Sqlite, ImportsModule.Name);

public sealed class ImportsSqlServerDesignTimeFactory() : DesignTimeContextFactory<ImportsSqlServerDbContext>(DatabaseProvider.SqlServer, ImportsModule.Name);
