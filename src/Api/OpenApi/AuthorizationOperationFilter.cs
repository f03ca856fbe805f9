using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jiafu.Api.OpenApi;

/// <summary>Marks each operation with its auth requirement: the bearer scheme and the policy, or "anonymous".</summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            operation.Description = (operation.Description + "\n\nAuthorization: none (anonymous).").Trim();
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToArray();
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenApiSetup.BearerScheme, context.Document)] = [],
        });
        operation.Description = (operation.Description + "\n\nAuthorization: bearer token"
            + (policies.Length > 0 ? $"; policy {string.Join(", ", policies)}." : " (any signed-in caller).")).Trim();
    }
}
