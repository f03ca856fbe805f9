using Jiafu.Shared.Audit;
using Jiafu.Shared.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Shared.Persistence;

public static class ModuleDbContextRegistration
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>
    /// Registers a module's DbContext for the configured provider. <typeparamref name="TSqlite"/> and
    /// <typeparamref name="TSqlServer"/> are thin subclasses that own each provider's migrations.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string moduleName)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(new ModuleDatabase(moduleName, typeof(TContext)));

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContext<TContext, TSqlServer>((sp, b) => b
                .UseSqlServer(connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable, moduleName))
                .AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>(), sp.GetRequiredService<OutboxCommitSignalInterceptor>()));
        }
        else
        {
            var connectionString = SqliteConnectionString(options, moduleName);
            services.AddDbContext<TContext, TSqlite>((sp, b) => b
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>(), sp.GetRequiredService<OutboxCommitSignalInterceptor>()));
        }

        return services;
    }

    public static string SqliteConnectionString(DatabaseOptions options, string moduleName)
    {
        Directory.CreateDirectory(options.FullDataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.FullDataDirectory, $"{moduleName}.db"),
            DefaultTimeout = options.BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();
    }
}
