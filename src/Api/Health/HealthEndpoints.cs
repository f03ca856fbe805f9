using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jiafu.Api.Health;

/// <summary>The health report: overall status and each check.</summary>
public sealed record HealthResponse(string Status, double TotalDurationMs, IReadOnlyList<HealthCheckEntry> Checks);

/// <param name="Data">Per-check details, e.g. each module database's state.</param>
public sealed record HealthCheckEntry(string Name, string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object> Data);

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddJiafuHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName)
            .Validate(o => o.DrainDelay >= TimeSpan.Zero, "Shutdown:DrainDelay must not be negative.").ValidateOnStart();
        services.AddSingleton<HostReadiness>();
        services.AddHealthChecks()
            .AddCheck<HostReadinessHealthCheck>("host", tags: [ReadyTag])
            .AddCheck<ModuleDatabasesHealthCheck>("databases", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: databases reachable and migrated.</summary>
    public static WebApplication MapJiafuHealthChecks(this WebApplication app)
    {
        var group = app.MapGroup("/health").WithTags("Health 运行状态").AllowAnonymous();
        group.MapGet("/live", async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> (HealthCheckService health, HttpResponse response, CancellationToken ct) =>
                Report(await health.CheckHealthAsync(_ => false, ct), response))
            .WithName("Live").WithSummary("Liveness (存活探针)")
            .WithDescription("200 while the process serves requests; no dependency is checked.")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/ready", async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> (HealthCheckService health, HttpResponse response, CancellationToken ct) =>
                Report(await health.CheckHealthAsync(c => c.Tags.Contains(ReadyTag), ct), response))
            .WithName("Ready").WithSummary("Readiness (就绪探针)")
            .WithDescription("200 when the host has started, is not draining for a stop, and every module database is reachable and fully migrated; 503 otherwise.")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>> Report(HealthReport report, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        var body = new HealthResponse(report.Status.ToString(), Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries.Select(e => new HealthCheckEntry(e.Key, e.Value.Status.ToString(), e.Value.Description,
                Math.Round(e.Value.Duration.TotalMilliseconds, 1), e.Value.Data)).ToArray());
        return report.Status == HealthStatus.Unhealthy
            ? TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(body);
    }
}
