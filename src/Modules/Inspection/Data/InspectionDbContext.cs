using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Data;

/// <summary>The Inspection module's database: templates, campaigns and tasks, the integrity record, spot-check plans.</summary>
public class InspectionDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "inspection";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InspectionDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class InspectionSqliteDbContext(DbContextOptions<InspectionSqliteDbContext> options) : InspectionDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class InspectionSqlServerDbContext(DbContextOptions<InspectionSqlServerDbContext> options) : InspectionDbContext(options);

public sealed class InspectionSqliteDesignTimeFactory()
    : DesignTimeContextFactory<InspectionSqliteDbContext>(DatabaseProvider.Sqlite, InspectionModule.Name);

public sealed class InspectionSqlServerDesignTimeFactory()
    : DesignTimeContextFactory<InspectionSqlServerDbContext>(DatabaseProvider.SqlServer, InspectionModule.Name);
