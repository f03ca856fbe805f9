using FluentValidation;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Shared;

public static class SharedKernelRegistration
{
    public static IServiceCollection AddSharedKernel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Database:DataDirectory is empty: name the folder of the SQLite files and keys.")
            .Validate(o => o.BusyTimeoutSeconds >= 1, "Database:BusyTimeoutSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddOptions<DistrictOptions>().Bind(configuration.GetSection(DistrictOptions.SectionName));
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.SectionName));

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton(new ApiScopeCatalog());

        services.AddScoped<AuditScope>();
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitSignalInterceptor>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();

        ValidatorOptions.Global.LanguageManager.Enabled = false;
        services.AddValidatorsFromAssembly(typeof(SharedKernelRegistration).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>
    /// Registers a module's validators; call from each module's <c>Add…Module()</c>. Validators are singletons: building
    /// a validator's rules costs more than running them, so it happens once, not on every request. A validator may
    /// therefore depend only on singletons (options, <see cref="TimeProvider"/>; the container refuses anything scoped
    /// at start) and must read the clock inside its rules, never in its constructor.
    /// </summary>
    public static IServiceCollection AddModuleValidators<TMarker>(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<TMarker>(ServiceLifetime.Singleton, includeInternalTypes: true);
}
