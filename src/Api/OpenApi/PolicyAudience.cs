using System.Collections.Concurrent;
using System.Security.Claims;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authorization;

namespace Jiafu.Api.OpenApi;

/// <summary>
/// Who passes an endpoint's authorization policies: the roles and the API-client scopes, found by evaluating the
/// host's own policies against a principal holding just that role or just that scope (the same evaluation as the
/// authorisation matrix). The document therefore follows each module's <c>Policies</c>/<c>Scopes</c> without a list
/// kept by hand. Data scope (street, institution, bound institutions) is applied in the handlers on top.
/// </summary>
internal sealed class PolicyAudience(IServiceScopeFactory scopes)
{
    public static readonly string[] AllRoles =
        [Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor];

    private readonly ConcurrentDictionary<string, Audience> _cache = new(StringComparer.Ordinal);

    /// <summary>The roles and scopes that pass all of <paramref name="authorizeData"/> combined.</summary>
    public Audience For(IReadOnlyList<IAuthorizeData> authorizeData)
    {
        var key = string.Join("|", authorizeData.Select(a => $"{a.Policy};{a.Roles};{a.AuthenticationSchemes}"));
        return _cache.GetOrAdd(key, _ => Evaluate(authorizeData));
    }

    private Audience Evaluate(IReadOnlyList<IAuthorizeData> authorizeData)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        // Policies are in-memory requirements: evaluating them synchronously while the document is built is safe.
        var policy = AuthorizationPolicy.CombineAsync(provider, authorizeData).GetAwaiter().GetResult();
        if (policy is null)
        {
            return new Audience(AllRoles, [], AnySignedIn: true);
        }

        bool Passes(ClaimsPrincipal principal) => authorization.AuthorizeAsync(principal, null, policy).GetAwaiter().GetResult().Succeeded;

        var roles = AllRoles.Where(r => Passes(User(r))).ToArray();
        var clientScopes = services.GetRequiredService<ApiScopeCatalog>().All.Select(s => s.Name).Where(s => Passes(Client(s))).ToArray();
        var anySignedIn = roles.Length == AllRoles.Length && Passes(Client(""));
        return new Audience(roles, clientScopes, anySignedIn);
    }

    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity(
    [
        new Claim(JiafuClaims.Subject, Guid.Empty.ToString()),
        new Claim(JiafuClaims.ActorType, "user"),
        new Claim(JiafuClaims.Role, role),
        new Claim(JiafuClaims.StreetCode, "150203001"),
        new Claim(JiafuClaims.InstitutionId, Guid.Empty.ToString()),
    ], "Bearer", JiafuClaims.Name, JiafuClaims.Role));

    private static ClaimsPrincipal Client(string scope) => new(new ClaimsIdentity(
    [
        new Claim(JiafuClaims.Subject, "client"),
        new Claim(JiafuClaims.ActorType, "client"),
        new Claim(JiafuClaims.ClientId, "client"),
        new Claim(JiafuClaims.Scope, scope),
    ], "Bearer", JiafuClaims.Name, JiafuClaims.Role));
}

/// <param name="Roles">Roles whose users pass the policy.</param>
/// <param name="Scopes">API-client scopes, any one of which passes the policy.</param>
/// <param name="AnySignedIn">Any authenticated caller passes (no role or scope needed).</param>
internal sealed record Audience(IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes, bool AnySignedIn);
