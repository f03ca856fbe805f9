using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Data;

/// <summary>The Integration module's database: webhook subscriptions, deliveries and their attempts.</summary>
public class IntegrationDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "integration";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class IntegrationSqliteDbContext(DbContextOptions<IntegrationSqliteDbContext> options) : IntegrationDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class IntegrationSqlServerDbContext(DbContextOptions<IntegrationSqlServerDbContext> options) : IntegrationDbContext(options);

public sealed class IntegrationSqliteDesignTimeFactory()
    : DesignTimeContextFactory<IntegrationSqliteDbContext>(DatabaseProvider.Sqlite, IntegrationModule.Name);

public sealed class IntegrationSqlServerDesignTimeFactory()
    : DesignTimeContextFactory<IntegrationSqlServerDbContext>(DatabaseProvider.SqlServer, IntegrationModule.Name);
