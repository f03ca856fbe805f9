using System.Threading.Channels;
using Jiafu.Shared.Imports.Data;
using Jiafu.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Shared.Imports;

/// <summary>The shared bulk-import pipeline: jobs, the background runner, upload and status endpoints.</summary>
public static class ImportsModule
{
    public const string Name = "imports";

    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.SectionName));
        services.AddModuleDbContext<ImportsDbContext, ImportsSqliteDbContext, ImportsSqlServerDbContext>(configuration, Name);
        services.AddSingleton(Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true }));
        services.AddSingleton<ImportJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportJobRunner>());
        return services;
    }

    /// <summary>Registers a module's import kind: <c>POST /api/v1/{module}/imports/{kind}</c>.</summary>
    public static IServiceCollection AddImportKind<TKind>(this IServiceCollection services, string module, string kind, string policy,
        IReadOnlyList<ImportColumn> columns) where TKind : class, IImportKind
    {
        services.AddScoped<TKind>();
        services.AddSingleton(new ImportKindDescriptor(module, kind, policy, columns, typeof(TKind)));
        return services;
    }
}
