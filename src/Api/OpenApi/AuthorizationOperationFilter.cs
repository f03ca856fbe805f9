using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jiafu.Api.OpenApi;

/// <summary>
/// Marks each operation with its security requirement, derived from the endpoint's authorization policy: the
/// <c>Bearer</c> scheme for signed-in users, and the <c>ApiClient</c> OAuth2 scheme with each scope that passes the
/// policy (any one suffices, so each is its own requirement). Anonymous operations get the empty requirement. The
/// roles and scopes are also written into the description, with the 401/403 problems the policy can produce.
/// </summary>
internal sealed class AuthorizationOperationFilter(PolicyAudience audiences) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var authorizeData = metadata.OfType<IAuthorizeData>().ToArray();
        operation.Security ??= [];
        if (metadata.OfType<IAllowAnonymous>().Any() || authorizeData.Length == 0)
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
            operation.Description = (operation.Description + "\n\nAuthorization: none (anonymous).").Trim();
            return;
        }

        var audience = audiences.For(authorizeData);
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenApiSetup.BearerScheme, context.Document)] = [],
        });
        foreach (var scope in audience.Scopes)
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(OpenApiSetup.ApiClientScheme, context.Document)] = [scope],
            });
        }

        var policies = authorizeData.Select(a => a.Policy).OfType<string>().Distinct().ToArray();
        var text = "\n\nAuthorization: bearer token"
            + (policies.Length > 0 ? $"; policy {string.Join(", ", policies)}." : " (any signed-in caller).");
        if (!audience.AnySignedIn)
        {
            text += audience.Roles.Count > 0 ? $" Roles: {string.Join(", ", audience.Roles)}." : " No user role.";
            text += audience.Scopes.Count > 0
                ? $" API clients: scope {string.Join(" or ", audience.Scopes.Select(s => $"`{s}`"))}."
                : " Not open to API clients.";
        }

        operation.Description = (operation.Description + text).Trim();
        operation.Responses ??= [];
        ProblemResponses.Ensure(operation, context, "401");
        if (!audience.AnySignedIn)
        {
            ProblemResponses.Ensure(operation, context, "403");
        }
    }
}
