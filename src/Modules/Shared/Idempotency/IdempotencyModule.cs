using Jiafu.Shared.Idempotency.Data;
using Jiafu.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Shared.Idempotency;

/// <summary>The platform's <c>Idempotency-Key</c> support: key storage and the background clean-up.</summary>
public static class IdempotencyModule
{
    public const string Name = "idempotency";

    public const string HeaderName = "Idempotency-Key";

    /// <summary>Set on a response that is a replay of the first response stored under the key.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.SectionName))
            .Validate(o => o.Retention > TimeSpan.Zero, "Idempotency:Retention must be positive.")
            .Validate(o => o.CleanupInterval > TimeSpan.Zero, "Idempotency:CleanupInterval must be positive.")
            .ValidateOnStart();
        services.AddModuleDbContext<IdempotencyDbContext, IdempotencySqliteDbContext, IdempotencySqlServerDbContext>(configuration, Name);
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<IdempotencyCleanupService>();
        return services;
    }
}
