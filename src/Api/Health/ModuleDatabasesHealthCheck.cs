using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jiafu.Api.Health;

/// <summary>Ready when every module's database is reachable and has no pending migration.</summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var problems = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            try
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    problems.Add($"{module.Name}: unreachable");
                    data[module.Name] = "unreachable";
                    continue;
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                data[module.Name] = pending == 0 ? "ok" : $"{pending} pending migration(s)";
                if (pending > 0)
                {
                    problems.Add($"{module.Name}: {pending} pending migration(s)");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add($"{module.Name}: {ex.GetType().Name}");
                data[module.Name] = "error";
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{data.Count} module database(s) reachable and migrated", data)
            : HealthCheckResult.Unhealthy(string.Join("; ", problems), data: data);
    }
}
