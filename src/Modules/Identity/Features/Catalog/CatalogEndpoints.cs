using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Catalog;

/// <summary>A role and its Chinese name.</summary>
public sealed record RoleResponse(string Name, string ChineseName);

internal static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this RouteGroupBuilder identity)
    {
        identity.MapGet("/roles", Ok<RoleResponse[]> () =>
                TypedResults.Ok(Roles.All.Select(r => new RoleResponse(r, Roles.ChineseNames[r])).ToArray()))
            .RequireAuthorization(Policies.SignedInUser)
            .WithTags("Users 用户")
            .WithName("ListRoles").WithSummary("The roles (角色)")
            .WithDescription("Role names and their Chinese labels.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        identity.MapGet("/scopes", Ok<ApiScope[]> (ApiScopeCatalog catalog) => TypedResults.Ok(catalog.All.ToArray()))
            .RequireAuthorization(Policies.ManageClients)
            .WithTags("API clients 接入客户端")
            .WithName("ListApiScopes").WithSummary("The scopes an API client may be granted (接入权限范围)")
            .WithDescription("Each module adds its scopes, e.g. `registry.read`, `training.write`. Role Admin.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return identity;
    }
}
