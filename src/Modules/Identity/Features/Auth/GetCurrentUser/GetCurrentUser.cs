using Jiafu.Identity.Data;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Auth;

/// <summary>Who am I (当前用户): identity, roles, data scope and the permissions the dashboard uses for its menu.</summary>
public sealed record GetCurrentUser : IQuery<CurrentUserResponse>;

/// <param name="ActorType"><c>user</c> or <c>client</c>.</param>
/// <param name="Permissions">Named capabilities derived from roles or scopes, e.g. <c>identity.users.manage</c>.</param>
public sealed record CurrentUserResponse(
    string Id,
    string UserName,
    string DisplayName,
    string ActorType,
    IReadOnlyList<string> Roles,
    string? StreetCode,
    string? InstitutionId,
    IReadOnlyList<string> InstitutionIds,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Permissions);

public sealed class GetCurrentUserHandler(ICurrentUser current, IdentityModuleDbContext db) : IQueryHandler<GetCurrentUser, CurrentUserResponse>
{
    public async ValueTask<CurrentUserResponse> Handle(GetCurrentUser query, CancellationToken ct)
    {
        if (!Guid.TryParse(current.Id, out var id))
        {
            throw new NotFoundException("User", current.Id ?? "");
        }

        if (current.IsClient)
        {
            var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new NotFoundException("ApiClient", id.ToString());
            return new CurrentUserResponse(client.Id.ToString(), client.ClientId, client.Name, "client", [], null, null,
                client.InstitutionIds, current.Scopes.ToArray(), current.Scopes.ToArray());
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException("User", id.ToString());
        var roles = current.Roles.ToArray();
        return new CurrentUserResponse(user.Id.ToString(), user.UserName!, user.DisplayName, "user", roles,
            user.StreetCode, user.InstitutionId, user.InstitutionId is null ? [] : [user.InstitutionId], [], PermissionsOf(roles));
    }

    private static string[] PermissionsOf(IReadOnlyCollection<string> roles)
    {
        var permissions = new List<string>();
        if (roles.Contains(Roles.Admin))
        {
            permissions.AddRange([Policies.ManageUsers, Policies.ManageClients]);
        }

        if (roles.Contains(Roles.Admin) || roles.Contains(Roles.Auditor))
        {
            permissions.Add(Policies.ReadAudit);
        }

        return permissions.ToArray();
    }
}
