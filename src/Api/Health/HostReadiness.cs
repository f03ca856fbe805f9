using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Health;

/// <summary>Configuration section <c>Shutdown</c>.</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// On a stop signal, how long the host keeps serving with <c>/health/ready</c> at 503 before it stops accepting
    /// requests, so a load balancer moves traffic away first. 0 for a single server.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;
}

/// <summary>Where the host is in its life: starting (migrating, seeding), ready, or draining before a stop.</summary>
public sealed class HostReadiness
{
    public enum Phase { Starting, Ready, Draining }

    public Phase Current { get; private set; } = Phase.Starting;

    public void MarkReady() => Current = Phase.Ready;

    public void MarkDraining() => Current = Phase.Draining;

    /// <summary>Registers the drain on the host's stop signal: readiness goes false, then the configured delay passes.</summary>
    public static void DrainOnStopping(IServiceProvider services)
    {
        var readiness = services.GetRequiredService<HostReadiness>();
        var delay = services.GetRequiredService<IOptions<ShutdownOptions>>().Value.DrainDelay;
        var logger = services.GetRequiredService<ILogger<HostReadiness>>();
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() =>
        {
            readiness.MarkDraining();
            if (delay > TimeSpan.Zero)
            {
                logger.LogInformation("Stopping: not ready, draining for {Delay} before in-flight requests finish", delay);
                Thread.Sleep(delay); // stopping callbacks run before the server stops accepting requests
            }
        });
    }
}

/// <summary>Unhealthy (so <c>/health/ready</c> answers 503) while the host starts or drains.</summary>
internal sealed class HostReadinessHealthCheck(HostReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.Current switch
        {
            HostReadiness.Phase.Ready => HealthCheckResult.Healthy("serving"),
            HostReadiness.Phase.Draining => HealthCheckResult.Unhealthy("draining: the host is stopping"),
            _ => HealthCheckResult.Unhealthy("starting: migrating databases and running bootstrap steps"),
        });
}
