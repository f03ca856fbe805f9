using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jiafu.Shared.Scheduling;

/// <summary>
/// Sends a command once at start and then every <see cref="Interval"/>, each time in its own scope, so scheduled work
/// goes through the same validation and audit pipeline as a request (actor <c>system</c>). A failed round is logged and
/// retried at the next tick; stopping the host ends the loop.
/// </summary>
public abstract class PeriodicCommandService(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    /// <summary>Time between rounds; a non-positive value falls back to one hour.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What a round does, for the log line of a failed round.</summary>
    protected abstract string Description { get; }

    protected abstract IBaseCommand CreateCommand();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval > TimeSpan.Zero ? Interval : TimeSpan.FromHours(1);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(CreateCommand(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Job} failed; retrying in {Interval}", Description, interval);
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
