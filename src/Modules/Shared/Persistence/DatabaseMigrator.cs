using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jiafu.Shared.Persistence;

/// <summary>Applies every module's pending migrations; SQLite files are switched to WAL first.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToArray();
            if (pending.Length > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to module {Module}: {Migrations}",
                    pending.Length, module.Name, string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(ct);
        }
    }
}
