using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jiafu.Registry.Features.Filings;

/// <summary>
/// Expires employee-based filings whose validity has ended: once at start, then every
/// <c>Registry:FilingExpiryCheckInterval</c> (default one hour). The work is the <see cref="ExpireFilings"/> command,
/// so it is audited (actor <c>system</c>) and can also be triggered over HTTP. Safe on several hosts: each filing row
/// is guarded by its concurrency token, and the losing host retries on fresh data.
/// </summary>
public sealed class FilingExpiryService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FilingExpiryService> logger)
    : BackgroundService
{
    public const string IntervalKey = "Registry:FilingExpiryCheckInterval";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue<TimeSpan?>(IntervalKey) is { } configured && configured > TimeSpan.Zero
            ? configured
            : DefaultInterval;
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExpireFilings(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Filing expiry check failed; retrying in {Interval}", interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
