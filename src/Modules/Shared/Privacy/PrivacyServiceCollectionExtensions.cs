using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Shared.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPersonalDataProtector"/> (and <see cref="PersonalDataKeys"/>) as singletons,
    /// with <see cref="PersonalDataOptions"/> bound from the <c>PersonalData</c> section of
    /// <paramref name="configuration"/>. The keys are loaded once, at first use, by
    /// <see cref="PersonalDataKeys.Load"/>; a missing or invalid key surfaces then (resolve the
    /// protector at startup to fail fast).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration (its root, or any section holding <c>PersonalData</c>).</param>
    /// <param name="dataDirectory">The data folder where a generated key file is kept.</param>
    /// <param name="allowGeneratedKeys">Whether to generate keys into the data folder when none are configured (development and embedded deployments).</param>
    public static IServiceCollection AddPersonalDataProtection(
        this IServiceCollection services,
        IConfiguration configuration,
        string dataDirectory,
        bool allowGeneratedKeys)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.SectionName));
        services.TryAddSingleton(sp => PersonalDataKeys.Load(
            sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value,
            dataDirectory,
            allowGeneratedKeys,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<PersonalDataKeys>()));
        services.TryAddSingleton<IPersonalDataProtector>(sp => new PersonalDataProtector(sp.GetRequiredService<PersonalDataKeys>()));
        return services;
    }
}
