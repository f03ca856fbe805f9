using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jiafu.Api.OpenApi;

/// <summary>
/// The problem-details schemas as the host writes them (RFC 9457): the standard members plus the extensions every
/// problem carries — <c>code</c> (a stable machine-readable reason) and <c>traceId</c> — and, on validation
/// problems, <c>errors</c> keyed by the camelCase field.
/// </summary>
internal sealed class ProblemDetailsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || !typeof(ProblemDetails).IsAssignableFrom(context.Type) && context.Type != typeof(HttpValidationProblemDetails))
        {
            return;
        }

        concrete.Description = context.Type == typeof(ProblemDetails)
            ? "An RFC 9457 problem (application/problem+json). 错误信息"
            : "An RFC 9457 problem for invalid input: `errors` maps each camelCase field to its messages. 字段校验错误";
        concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
        concrete.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "Stable machine-readable reason, e.g. `validation_failed`, `invalid_transition`, `duplicate`, `stale_version`, `rate_limited`.",
        };
        concrete.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "Identifier of the request in the host's logs and traces; quote it when reporting a problem.",
        };
        Describe(concrete, "type", "URI reference identifying the problem type.");
        Describe(concrete, "title", "Short summary of the problem type.");
        Describe(concrete, "status", "The HTTP status code.");
        Describe(concrete, "detail", "Explanation specific to this occurrence, safe to show to the user.");
        Describe(concrete, "instance", "URI reference of this occurrence.");
        Describe(concrete, "errors", "Messages per camelCase field path (e.g. `creditCode`, `items[0].hours`).");
    }

    private static void Describe(OpenApiSchema schema, string property, string description)
    {
        if (schema.Properties?.TryGetValue(property, out var p) == true && p is OpenApiSchema s)
        {
            s.Description ??= description;
        }
    }
}
