using Jiafu.Shared.Idempotency;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jiafu.Api.OpenApi;

/// <summary>Documents the optional <c>Idempotency-Key</c> header (and its 409/422) on exactly the endpoints marked <c>.WithIdempotency()</c>.</summary>
internal sealed class IdempotencyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpointMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyModule.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Optional key (1–255 visible ASCII characters, e.g. a UUID) that makes a retry safe: a repeat with the same key "
                + "and the same request returns the first response (with header Idempotent-Replayed: true) without doing the work again. "
                + "The same key with a different request is a 422 (idempotency_key_reused); a repeat while the first is running is a 409 "
                + "(idempotency_in_flight). Keys are per caller and expire after the configured retention (24 hours by default) (幂等键).",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 1,
                MaxLength = IdempotencyRecord.MaxKeyLength,
                Pattern = "^[\\x21-\\x7E]+$",
            },
        });
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses.TryAdd("422", Problem(problem,
            "The Idempotency-Key was already used for a different request (code idempotency_key_reused)."));
        operation.Responses.TryAdd("409", Problem(problem,
            "A request with the same Idempotency-Key is still being processed (code idempotency_in_flight)."));
    }

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = schema },
        },
    };
}
