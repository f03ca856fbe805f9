using Jiafu.Shared.Observability;
using Jiafu.Shared.Security;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Jiafu.Api.Hosting;

/// <summary>
/// OpenTelemetry: metrics (HTTP server, runtime, and the application's own <see cref="JiafuTelemetry"/>) scraped in
/// Prometheus format at <c>/metrics</c> by an administrator or an API client with the <c>operations.metrics</c>
/// scope; traces exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class Telemetry
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddJiafuTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApiScopes((Policies.ReadMetrics, "Scrape the Prometheus metrics of the host. 读取运行指标"));
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("jiafu-api"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(JiafuTelemetry.Name)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddSource(JiafuTelemetry.Name)
                .AddOtlpExporter());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapJiafuMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.ReadMetrics);
        return endpoints;
    }
}
