using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Training;
using Jiafu.Contracts.Voucher;
using Jiafu.Integration.Data;
using Jiafu.Integration.Features.Webhooks;
using Jiafu.Shared;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jiafu.Integration;

/// <summary>The Integration module (对接): webhook subscriptions of API clients, signed deliveries with retries and their log.</summary>
public static class IntegrationModule
{
    public const string Name = "integration";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Webhooks = "integration.webhooks";
    }

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>Manage webhook subscriptions: an API client its own (scope), an administrator any client's.</summary>
        public const string ManageWebhooks = "integration.webhooks";
    }

    public static IServiceCollection AddIntegrationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName))
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.InitialBackoff > TimeSpan.Zero && o.MaxBackoff >= o.InitialBackoff
                && o.RetryPeriod > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.BatchSize > 0 && o.MaxSubscriptionsPerClient > 0,
                "Integration:Webhooks: timeouts, backoffs, periods and sizes must be positive (MaxBackoff at least InitialBackoff).")
            .ValidateOnStart();
        services.AddModuleDbContext<IntegrationDbContext, IntegrationSqliteDbContext, IntegrationSqlServerDbContext>(configuration, Name);
        services.AddModuleValidators<IntegrationDbContext>();
        services.AddApiScopes((Scopes.Webhooks, "Manage the client's own webhook subscriptions and read their delivery log. 管理事件订阅"));
        services.AddHttpClient(WebhookDispatcher.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var guard = WebhookEndpointGuard.From(sp.GetRequiredService<IOptions<WebhookOptions>>().Value);
                return new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false, ConnectCallback = guard.ConnectAsync };
            });
        services.AddScoped<WebhookAccess>();
        services.AddScoped<WebhookSecrets>();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDispatcherService>();

        services.AddScoped<WebhookEventConsumer>();
        services.AddConsumer<InstitutionRecognised>().AddConsumer<InstitutionStatusChanged>()
            .AddConsumer<EmployeeFilingApproved>().AddConsumer<EmployeeFilingExpired>()
            .AddConsumer<WorkerRegistered>().AddConsumer<WorkersRegistered>().AddConsumer<WorkerMoved>()
            .AddConsumer<TraineeCompleted>()
            .AddConsumer<VoucherStatusChanged>().AddConsumer<VoucherSettlementChanged>()
            .AddConsumer<SubsidyApplicationApproved>().AddConsumer<SubsidyApplicationPaid>().AddConsumer<SubsidyApplicationRecovered>();

        services.Configure<AuthorizationOptions>(o => o.AddRoleOrScopePolicy(Policies.ManageWebhooks, Scopes.Webhooks, Roles.Admin));
        return services;
    }

    public static IEndpointRouteBuilder MapIntegrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup(WebhookEndpoints.BasePath).WithTags("Webhooks 事件推送").MapWebhookEndpoints();
        return endpoints;
    }

    private static IServiceCollection AddConsumer<TEvent>(this IServiceCollection services) where TEvent : Jiafu.Contracts.Events.IntegrationEvent
    {
        services.AddScoped<IIntegrationEventHandler<TEvent>>(sp => (IIntegrationEventHandler<TEvent>)(object)sp.GetRequiredService<WebhookEventConsumer>());
        return services;
    }
}
