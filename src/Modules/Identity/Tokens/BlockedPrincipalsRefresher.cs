using Jiafu.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Tokens;

/// <summary>
/// Loads <see cref="BlockedPrincipals"/> from the database when the host starts (before it serves requests) and again every
/// <see cref="AuthOptions.BlockedPrincipalsRefreshInterval"/>, so that a user disabled or a client revoked through another
/// host sharing the database is refused here within that interval.
/// </summary>
public sealed class BlockedPrincipalsRefresher(
    BlockedPrincipals blocked, IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider time,
    ILogger<BlockedPrincipalsRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.BlockedPrincipalsRefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LoadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The set in memory stays as it was (this host's own changes are in it); the next tick tries again.
                logger.LogWarning(ex, "Reloading the disabled users and revoked clients failed");
            }
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var users = await db.Users.AsNoTracking().Where(u => u.IsDisabled).Select(u => u.Id).ToListAsync(ct);
        var clients = await db.ApiClients.AsNoTracking().Where(c => c.RevokedAt != null).Select(c => c.Id).ToListAsync(ct);
        blocked.Replace(users.Concat(clients).Select(id => id.ToString()), startedAt);
    }
}
