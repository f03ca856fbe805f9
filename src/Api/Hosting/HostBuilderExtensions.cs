using System.Text.Json.Serialization;
using Jiafu.Api.Health;
using Jiafu.Api.Http;
using Jiafu.Api.OpenApi;
using Jiafu.Api.Operations;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Hosting;

internal static class HostBuilderExtensions
{
    public static WebApplicationBuilder AddJiafuHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Scope validation in every environment: a singleton that captures a DbContext fails at start, not in production.
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (configuration.GetValue("Logging:Json", true))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz ";
                o.UseUtcTimestamp = true;
            });
        }

        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddModules(configuration);
        var dataDirectory = (configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions()).FullDataDirectory;
        services.AddPersonalDataProtection(configuration, dataDirectory, GeneratedKeyPolicy.IsAllowed(configuration));
        services.AddDataProtection().SetApplicationName("jiafu")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys", "data-protection")));

        services.AddJiafuProblemDetails();
        services.AddAuthorization(Policies.AddPlatformPolicies);
        services.AddJiafuRateLimiting(configuration);
        services.AddOptions<ClientRateLimitOptions>().BindConfiguration(ClientRateLimitOptions.SectionName)
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero && o.Scopes.Values.All(v => v > 0),
                "RateLimiting:Clients: limits and the window must be positive.").ValidateOnStart();
        services.AddJiafuHealthChecks();
        services.AddJiafuOpenApi();
        services.AddJiafuOperations(configuration);
        services.AddJiafuTelemetry(configuration);
        services.AddJiafuCors(configuration);
        services.AddOptions<HttpLimitOptions>().BindConfiguration(HttpLimitOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes >= 1024, "Http:MaxRequestBodyBytes must be at least 1024.").ValidateOnStart();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        return builder;
    }

    public static WebApplication UseJiafuPipeline(this WebApplication app)
    {
        // Outermost, so they see the final status; their headers are set on response start because the
        // exception handler clears the response before writing a problem.
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // on HTTPS requests only (directly, or behind a proxy that forwards the scheme)
        }

        app.UseExceptionHandler();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseSpaFallback();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ClientRateLimitMiddleware>(); // per API client: needs the authenticated caller
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>(); // after authorization: keys are scoped to the caller

        app.UseJiafuOpenApi();
        app.MapJiafuHealthChecks();
        app.MapJiafuMetrics();
        app.MapModules();
        app.MapReferenceEndpoints();
        return app;
    }

    /// <summary>Applies migrations and runs the bootstrap steps before the host accepts requests.</summary>
    public static async Task PrepareDatabasesAsync(this WebApplication app)
    {
        // Configuration is checked before anything is migrated or written (the host would check it only when it starts).
        app.Services.GetService<IStartupValidator>()?.Validate();
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Held while the host runs, so a restore cannot replace this folder under it.
            var dataLock = DataDirectoryLock.AcquireShared(options.FullDataDirectory);
            app.Lifetime.ApplicationStopped.Register(dataLock.Dispose);
        }

        if (options.MigrateOnStart)
        {
            await DatabaseMigrator.MigrateAllAsync(app.Services);
        }

        await Bootstrapper.RunAsync(app.Services);
        HostReadiness.DrainOnStopping(app.Services);
        app.Services.GetRequiredService<HostReadiness>().MarkReady();
    }
}
