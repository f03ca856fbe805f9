using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Shared.Security;

/// <summary>
/// The catalogue of scopes API clients may be granted. Modules add theirs through
/// <see cref="ApiScopeCatalog"/> at registration; the Identity module validates client requests against it.
/// </summary>
public sealed record ApiScope(string Name, string Description);

public sealed class ApiScopeCatalog
{
    private readonly Dictionary<string, ApiScope> _scopes = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ApiScope> All => _scopes.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();

    public ApiScopeCatalog Add(string name, string description)
    {
        _scopes[name] = new ApiScope(name, description);
        return this;
    }

    public bool Contains(string name) => _scopes.ContainsKey(name);
}

public static class ApiScopeRegistration
{
    /// <summary>Adds a module's scopes to the catalogue registered by the shared kernel.</summary>
    public static IServiceCollection AddApiScopes(this IServiceCollection services, params (string Name, string Description)[] scopes)
    {
        var catalog = services.Where(d => d.ServiceType == typeof(ApiScopeCatalog)).Select(d => d.ImplementationInstance)
            .OfType<ApiScopeCatalog>().SingleOrDefault()
            ?? throw new InvalidOperationException("AddSharedKernel() must be called before a module adds API scopes.");
        foreach (var (name, description) in scopes)
        {
            catalog.Add(name, description);
        }

        return services;
    }
}
