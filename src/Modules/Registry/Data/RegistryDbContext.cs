using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Data;

/// <summary>The Registry module's database: the district's household-services industry register.</summary>
public class RegistryDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "registry";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class RegistrySqliteDbContext(DbContextOptions<RegistrySqliteDbContext> options) : RegistryDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class RegistrySqlServerDbContext(DbContextOptions<RegistrySqlServerDbContext> options) : RegistryDbContext(options);

public sealed class RegistrySqliteDesignTimeFactory()
    : DesignTimeContextFactory<RegistrySqliteDbContext>(DatabaseProvider.Sqlite, RegistryModule.Name);

public sealed class RegistrySqlServerDesignTimeFactory()
    : DesignTimeContextFactory<RegistrySqlServerDbContext>(DatabaseProvider.SqlServer, RegistryModule.Name);
