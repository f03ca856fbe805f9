using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jiafu.Shared.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> create a provider-specific context without a running host or a server:
/// migrations are generated from the model alone.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider, string moduleName) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        if (provider == DatabaseProvider.SqlServer)
        {
            builder.UseSqlServer("Server=design-time;Database=Jiafu;Integrated Security=true",
                o => o.MigrationsHistoryTable(ModuleDbContextRegistration.MigrationsHistoryTable, moduleName));
        }
        else
        {
            builder.UseSqlite($"Data Source={moduleName}.design.db");
        }

        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
