using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Jiafu.Shared.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? Id => Find(JiafuClaims.Subject) ?? Find(ClaimTypes.NameIdentifier);

    public string Name => Find(JiafuClaims.Name) ?? Find(JiafuClaims.ClientId) ?? (IsAuthenticated ? Id ?? "unknown" : "anonymous");

    public bool IsClient => Find(JiafuClaims.ClientId) is not null && Find(JiafuClaims.ActorType) == "client";

    public IReadOnlyCollection<string> Roles => All(JiafuClaims.Role);

    public IReadOnlyCollection<string> Scopes =>
        All(JiafuClaims.Scope).SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();

    public string? StreetCode => Find(JiafuClaims.StreetCode);

    public string? InstitutionId => IsClient ? null : Find(JiafuClaims.InstitutionId);

    public IReadOnlyCollection<string> InstitutionIds =>
        IsClient ? All(JiafuClaims.InstitutionId) : InstitutionId is { } id ? [id] : [];

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);

    private string? Find(string type) => Principal?.FindFirst(type)?.Value;

    private string[] All(string type) => Principal?.FindAll(type).Select(c => c.Value).ToArray() ?? [];
}
