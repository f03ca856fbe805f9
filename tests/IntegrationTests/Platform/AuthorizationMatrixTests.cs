using System.Security.Claims;
using System.Text;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>
/// The role × endpoint authorisation matrix, generated from the host's own endpoint list and evaluated with
/// its own authorization service. An endpoint that declares neither a policy nor anonymous access fails, and
/// any change to who may call what must show up in the committed docs/authorization-matrix.md.
/// Regenerate after a reviewed change: <c>UPDATE_AUTH_MATRIX=1</c> and run this class.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] RoleColumns =
        [Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor];

    [Fact]
    public void Given_every_endpoint_of_the_host_Then_each_declares_a_policy_or_anonymous_access()
    {
        var undeclared = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(Describe)
            .ToArray();

        Assert.True(undeclared.Length == 0, "Endpoints without an authorization policy or AllowAnonymous:\n" + string.Join('\n', undeclared));
    }

    [Fact]
    public async Task Given_the_endpoint_list_When_each_role_and_scope_is_evaluated_Then_the_matrix_matches_the_committed_one()
    {
        var matrix = await BuildMatrixAsync();
        var path = Path.Combine(RepositoryRoot(), "docs", "authorization-matrix.md");
        if (Environment.GetEnvironmentVariable("UPDATE_AUTH_MATRIX") == "1")
        {
            await File.WriteAllTextAsync(path, matrix, TestContext.Current.CancellationToken);
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == matrix,
            "docs/authorization-matrix.md is stale: review who may call what, then regenerate it with UPDATE_AUTH_MATRIX=1 " +
            "dotnet run --project tests/IntegrationTests -- -class Jiafu.IntegrationTests.Platform.AuthorizationMatrixTests\n" +
            FirstDifference(committed, matrix));
    }

    [Fact]
    public async Task Given_the_matrix_Then_the_platform_rules_hold_for_sensitive_endpoints()
    {
        var rows = (await EvaluateAsync()).ToDictionary(r => r.Endpoint);

        // Only an administrator manages users and API clients; the auditor reads the audit trail but changes nothing.
        Assert.Equal([Roles.Admin], rows["POST /api/v1/identity/users"].AllowedRoles);
        Assert.Equal([Roles.Admin], rows["POST /api/v1/identity/clients"].AllowedRoles);
        Assert.Equal([Roles.Admin, Roles.Auditor], rows["GET /api/v1/identity/audit"].AllowedRoles);
        // The audit trail is append-only: nothing in the API edits or deletes it (retention is the database's, ≥ 180 days).
        Assert.All(rows.Keys.Where(e => e.Contains("/identity/audit", StringComparison.Ordinal)), e => Assert.StartsWith("GET ", e));
        Assert.DoesNotContain(rows.Keys, e => e.StartsWith("DELETE", StringComparison.Ordinal) && e.Contains("audit", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(rows.Values, r => r.Endpoint.StartsWith("POST", StringComparison.Ordinal)
            && r.Endpoint != "POST /api/v1/auth/logout" && !r.Anonymous && r.AllowedRoles.Contains(Roles.Auditor)
            && !r.Policy.Contains(Policies.SignedInUser, StringComparison.Ordinal));
    }

    private IEnumerable<RouteEndpoint> Endpoints() => api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
        .ThenBy(Describe, StringComparer.Ordinal);

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? string.Join(",", m) : "ANY";
        var path = "/" + endpoint.RoutePattern.RawText!.Trim('/');
        return $"{methods} {path}";
    }

    private sealed record Row(string Endpoint, bool Anonymous, string Policy, IReadOnlyList<string> AllowedRoles, IReadOnlyList<string> AllowedScopes);

    private async Task<IReadOnlyList<Row>> EvaluateAsync()
    {
        var services = api.Factory.Services;
        var policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var scopes = services.GetRequiredService<ApiScopeCatalog>().All.Select(s => s.Name).ToArray();
        var rows = new List<Row>();
        foreach (var endpoint in Endpoints())
        {
            var authorizeData = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = anonymous || authorizeData.Count == 0 ? null : await AuthorizationPolicy.CombineAsync(policyProvider, authorizeData);
            var policyName = anonymous ? "anonymous" : string.Join(", ", authorizeData.Select(a => a.Policy ?? a.Roles ?? "authenticated"));
            if (policy is null)
            {
                rows.Add(new Row(Describe(endpoint), anonymous, policyName, anonymous ? RoleColumns : [], anonymous ? scopes : []));
                continue;
            }

            var roles = new List<string>();
            foreach (var role in RoleColumns)
            {
                if ((await authorization.AuthorizeAsync(User(role), null, policy)).Succeeded)
                {
                    roles.Add(role);
                }
            }

            var allowedScopes = new List<string>();
            foreach (var scope in scopes)
            {
                if ((await authorization.AuthorizeAsync(Client(scope), null, policy)).Succeeded)
                {
                    allowedScopes.Add(scope);
                }
            }

            rows.Add(new Row(Describe(endpoint), false, policyName, roles, allowedScopes));
        }

        return rows;
    }

    private async Task<string> BuildMatrixAsync()
    {
        var rows = await EvaluateAsync();
        var text = new StringBuilder();
        text.Append("# Authorisation matrix\n\n");
        text.Append("Generated from the host's endpoints by `AuthorizationMatrixTests` (regenerate with `UPDATE_AUTH_MATRIX=1`).\n");
        text.Append("✓ = the role (or an API client holding only that scope) passes the endpoint's policy. Data scope (a street\n");
        text.Append("officer's street, an operator's institution, a client's bound institutions) is applied on top, in the handlers.\n\n");
        text.Append("| endpoint | policy | ").Append(string.Join(" | ", RoleColumns)).Append(" | API client scopes |\n");
        text.Append("|---|---|").Append(string.Concat(RoleColumns.Select(_ => "---|"))).Append("---|\n");
        foreach (var row in rows)
        {
            text.Append($"| `{row.Endpoint}` | {row.Policy} | ")
                .Append(string.Join(" | ", RoleColumns.Select(r => row.AllowedRoles.Contains(r) ? "✓" : "")))
                .Append(" | ").Append(row.Anonymous ? "anyone" : string.Join(", ", row.AllowedScopes)).Append(" |\n");
        }

        return text.ToString();
    }

    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity(
    [
        new Claim(JiafuClaims.Subject, Guid.NewGuid().ToString()),
        new Claim(JiafuClaims.ActorType, "user"),
        new Claim(JiafuClaims.Role, role),
        new Claim(JiafuClaims.StreetCode, IdentityTestApi.StreetCode),
        new Claim(JiafuClaims.InstitutionId, Guid.NewGuid().ToString()),
    ], "Bearer", JiafuClaims.Name, JiafuClaims.Role));

    private static ClaimsPrincipal Client(string scope) => new(new ClaimsIdentity(
    [
        new Claim(JiafuClaims.Subject, "client"),
        new Claim(JiafuClaims.ActorType, "client"),
        new Claim(JiafuClaims.ClientId, "client"),
        new Claim(JiafuClaims.Scope, scope),
    ], "Bearer", JiafuClaims.Name, JiafuClaims.Role));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jiafu.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Jiafu.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}:\n  committed: {left}\n  generated: {right}";
            }
        }

        return "";
    }
}
