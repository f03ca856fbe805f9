using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Data;

/// <summary>The Subsidy module's database: policy parameters, applications, the fund and its ledger.</summary>
public class SubsidyDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "subsidy";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SubsidyDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class SubsidySqliteDbContext(DbContextOptions<SubsidySqliteDbContext> options) : SubsidyDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class SubsidySqlServerDbContext(DbContextOptions<SubsidySqlServerDbContext> options) : SubsidyDbContext(options);

public sealed class SubsidySqliteDesignTimeFactory()
    : DesignTimeContextFactory<SubsidySqliteDbContext>(DatabaseProvider.Sqlite, SubsidyModule.Name);

public sealed class SubsidySqlServerDesignTimeFactory()
    : DesignTimeContextFactory<SubsidySqlServerDbContext>(DatabaseProvider.SqlServer, SubsidyModule.Name);
