using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Data;

/// <summary>The Training module's database: programmes, classes, trainees, attendance, certificates, surveys.</summary>
public class TrainingDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "training";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class TrainingSqliteDbContext(DbContextOptions<TrainingSqliteDbContext> options) : TrainingDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class TrainingSqlServerDbContext(DbContextOptions<TrainingSqlServerDbContext> options) : TrainingDbContext(options);

public sealed class TrainingSqliteDesignTimeFactory()
    : DesignTimeContextFactory<TrainingSqliteDbContext>(DatabaseProvider.Sqlite, TrainingModule.Name);

public sealed class TrainingSqlServerDesignTimeFactory()
    : DesignTimeContextFactory<TrainingSqlServerDbContext>(DatabaseProvider.SqlServer, TrainingModule.Name);
