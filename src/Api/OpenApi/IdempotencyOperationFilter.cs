using Jiafu.Shared.Idempotency;
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
                + "(idempotency_in_flight). Keys are per caller and expire after 24 hours (幂等键).",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 1,
                MaxLength = IdempotencyRecord.MaxKeyLength,
                Pattern = "^[\\x21-\\x7E]+$",
            },
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("422", new OpenApiResponse
        {
            Description = "The Idempotency-Key was already used for a different request (code idempotency_key_reused).",
        });
        if (!operation.Responses.ContainsKey("409"))
        {
            operation.Responses.Add("409", new OpenApiResponse
            {
                Description = "A request with the same Idempotency-Key is still being processed (code idempotency_in_flight).",
            });
        }
    }
}
