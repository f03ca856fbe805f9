using Microsoft.AspNetCore.Authorization;

namespace Jiafu.Shared.Security;

/// <summary>Authorization policy names. Every endpoint declares one of these.</summary>
public static class Policies
{
    /// <summary>Any signed-in user (not an API client).</summary>
    public const string SignedInUser = "signed-in-user";

    public const string ManageUsers = "identity.users.manage";

    public const string ManageClients = "identity.clients.manage";

    public const string ReadAudit = "identity.audit.read";

    /// <summary>Read the inspector directory (检查人员名录): the roles that organise inspections (administrators, district officers).</summary>
    public const string ReadInspectorDirectory = "identity.inspectors.read";

    /// <summary>Scrape the Prometheus metrics: administrators, or an API client (the monitoring system) with this scope.</summary>
    public const string ReadMetrics = "operations.metrics";

    public static void AddPlatformPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(SignedInUser, p => p.RequireAuthenticatedUser().RequireClaim(JiafuClaims.ActorType, "user"));
        options.AddPolicy(ManageUsers, p => p.RequireAuthenticatedUser().RequireClaim(JiafuClaims.Role, Roles.Admin));
        options.AddPolicy(ManageClients, p => p.RequireAuthenticatedUser().RequireClaim(JiafuClaims.Role, Roles.Admin));
        options.AddPolicy(ReadAudit, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => c.User.HasClaim(JiafuClaims.Role, Roles.Admin) || c.User.HasClaim(JiafuClaims.Role, Roles.Auditor)));
        options.AddRoleOrScopePolicy(ReadMetrics, ReadMetrics, Roles.Admin);
        options.AddPolicy(ReadInspectorDirectory, p => p.RequireAuthenticatedUser()
            .RequireClaim(JiafuClaims.ActorType, "user").RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer));
    }

    /// <summary>A policy met by users in one of <paramref name="roles"/> or by API clients holding <paramref name="scope"/>.</summary>
    public static void AddRoleOrScopePolicy(this AuthorizationOptions options, string name, string scope, params string[] roles) =>
        options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            roles.Any(r => c.User.HasClaim(JiafuClaims.Role, r)) ||
            c.User.FindAll(JiafuClaims.Scope).Any(s => s.Value.Split(' ').Contains(scope))));
}
