using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jiafu.Api.OpenApi;

/// <summary>
/// Every error response of every operation as an RFC 9457 problem (<c>application/problem+json</c>) with a
/// description of when it happens and an example body: the 400/404/409/412/422… the endpoint declares, the 401/403
/// its policy implies (added by <see cref="AuthorizationOperationFilter"/>), a 429 with <c>Retry-After</c> when the
/// endpoint is rate limited, and the <c>If-Match</c> header when it answers 412/428. Runs after the other filters.
/// </summary>
internal sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            ProblemResponses.Ensure(operation, context, "429");
            if (operation.Responses["429"] is OpenApiResponse tooMany)
            {
                tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
                tooMany.Headers.TryAdd("Retry-After", new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    Example = JsonValue.Create(60),
                });
            }
        }

        var declares412 = operation.Responses.ContainsKey("412");
        var declares428 = operation.Responses.ContainsKey("428");
        operation.Parameters ??= [];
        if ((declares412 || declares428) && !operation.Parameters.Any(p => string.Equals(p.Name, "If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                // Documented as optional even where a missing header is a 428: the server answers that case itself with a
                // problem, and clients (the SPA included) send the ETag they hold, when they hold one, as a plain header.
                Required = false,
                Description = declares428
                    ? "The record's version from its `ETag`. Send it: without it the update is refused with 428; 412 when the record changed since. 乐观并发版本"
                    : "Optional: the record's version from its `ETag`; 412 when the record changed since. 乐观并发版本",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create("\"638712345678901234\""),
            });
        }

        var bodyField = FirstRequestField(operation);
        foreach (var (code, response) in operation.Responses.ToArray())
        {
            if (!int.TryParse(code, out var status) || status < 400 || response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (!ProblemResponses.IsProblemOrEmpty(concrete))
            {
                continue; // e.g. the OAuth2 token endpoint's own error body (RFC 6749)
            }

            concrete.Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType
                {
                    Schema = ProblemResponses.Schema(context, status),
                    Example = ProblemResponses.Example(status, bodyField),
                },
            };
            if (string.IsNullOrWhiteSpace(concrete.Description) || concrete.Description == ReasonPhrases.GetReasonPhrase(status))
            {
                concrete.Description = ProblemResponses.Describe(status);
            }
        }
    }

    private static string FirstRequestField(OpenApiOperation operation)
    {
        var schema = operation.RequestBody?.Content?.Values.FirstOrDefault()?.Schema;
        var name = schema?.Required?.FirstOrDefault() ?? schema?.Properties?.Keys.FirstOrDefault();
        return name is { Length: > 0 } ? char.ToLowerInvariant(name[0]) + name[1..] : "name";
    }
}

internal static class ProblemResponses
{
    private static readonly Dictionary<int, (string Title, string Code, string Detail, string When)> Known = new()
    {
        [400] = ("One or more fields are invalid.", "validation_failed", "creditCode: The unified social credit code is not valid.",
            "The request is invalid: `errors` lists the messages per camelCase field (code `validation_failed`, or `bad_request` for an unreadable body). 请求参数有误"),
        [401] = ("Unauthorized", "unauthorized", "Sign in or send a valid bearer token.",
            "No valid bearer token (missing, expired or revoked). 未登录或令牌无效"),
        [403] = ("Forbidden", "forbidden", "Your role or scope does not allow this action.",
            "Signed in, but the role or API-client scope does not pass the operation's policy, or the record is outside what the caller may change. 无权操作"),
        [404] = ("Not found", "not_found", "The record does not exist or is outside your data scope.",
            "The record does not exist, or it lies outside the caller's data scope (street, institution, bound institutions). 记录不存在或不在数据范围内"),
        [409] = ("Conflict", "invalid_transition", "The record is not in a state that allows this action.",
            "The request conflicts with the record's state or a unique value (`code` names the rule, `errors` the field when there is one); also `idempotency_in_flight`. 状态或唯一性冲突"),
        [412] = ("Precondition failed", "stale_version", "The record was changed by someone else; reload it and try again.",
            "`If-Match` names a version that is no longer current (code `stale_version`): reload and retry. 版本已变化"),
        [413] = ("Payload too large", "payload_too_large", "The request body is larger than this endpoint accepts.",
            "The body is larger than the endpoint's limit (1 MiB for JSON; the import limit for uploads). 请求体过大"),
        [422] = ("Unprocessable content", "idempotency_key_reused", "The Idempotency-Key was already used for a different request.",
            "Well-formed but not acceptable (for example an `Idempotency-Key` reused for a different request). 无法处理的请求"),
        [428] = ("Precondition required", "precondition_required", "Send If-Match with the record's ETag.",
            "The update was sent without `If-Match` (code `precondition_required`). 缺少 If-Match"),
        [429] = ("Too many requests", "rate_limited", "Too many requests from this address; retry after 60 seconds. 请求过于频繁，请稍后再试。",
            "Rate limit reached (code `rate_limited`): wait the `Retry-After` seconds. 请求过于频繁"),
        [503] = ("Service unavailable", "database_unavailable", "A database is busy or unavailable; nothing was changed. Retry in 5 seconds.",
            "A database is busy or unavailable; nothing was changed (code `database_unavailable`): retry later. 服务暂不可用"),
    };

    /// <summary>Adds a problem response for <paramref name="code"/> unless the operation already declares it.</summary>
    public static void Ensure(OpenApiOperation operation, OperationFilterContext context, string code)
    {
        operation.Responses ??= [];
        if (operation.Responses.ContainsKey(code))
        {
            return;
        }

        var status = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        operation.Responses[code] = new OpenApiResponse
        {
            Description = Describe(status),
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = Schema(context, status) },
            },
        };
    }

    public static string Describe(int status) =>
        Known.TryGetValue(status, out var known) ? known.When : ReasonPhrases.GetReasonPhrase(status);

    public static IOpenApiSchema Schema(OperationFilterContext context, int status) => context.SchemaGenerator.GenerateSchema(
        status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), context.SchemaRepository);

    /// <summary>True when the response has no body yet or only a problem-details body (of any media type).</summary>
    public static bool IsProblemOrEmpty(OpenApiResponse response) =>
        response.Content is null || response.Content.Count == 0 || response.Content.Values.All(m =>
            m.Schema is null || m.Schema is OpenApiSchemaReference { Reference.Id: "ProblemDetails" or "HttpValidationProblemDetails" });

    public static JsonObject Example(int status, string field)
    {
        var (title, code, detail, _) = Known.TryGetValue(status, out var known)
            ? known
            : (ReasonPhrases.GetReasonPhrase(status), "error", ReasonPhrases.GetReasonPhrase(status), "");
        var example = new JsonObject
        {
            ["type"] = TypeUri(status),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = status == 400 ? $"{field}: The value is not valid." : detail,
            ["code"] = code,
            ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        };
        if (status == 400)
        {
            example["errors"] = new JsonObject { [field] = new JsonArray("The value is not valid.") };
        }

        return example;
    }

    /// <summary>The status's definition, as ASP.NET Core's problem details name it.</summary>
    private static string TypeUri(int status) => status switch
    {
        428 => "https://tools.ietf.org/html/rfc6585#section-3",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        >= 500 => $"https://tools.ietf.org/html/rfc9110#section-15.6.{status - 499}",
        _ => $"https://tools.ietf.org/html/rfc9110#section-15.5.{status switch { 400 => 1, 401 => 2, 403 => 4, 404 => 5, 409 => 10, 412 => 13, 413 => 14, 422 => 21, _ => 1 }}",
    };
}
