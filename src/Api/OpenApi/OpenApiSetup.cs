using System.Reflection;
using Microsoft.OpenApi;

namespace Jiafu.Api.OpenApi;

internal static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    /// <summary>The OAuth2 client-credentials scheme of API clients; its scopes are filled from the scope catalogue.</summary>
    public const string ApiClientScheme = "ApiClient";

    public static IServiceCollection AddJiafuOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<PolicyAudience>();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Jiafu 家服 API",
                Version = "v1",
                Description = "Kundulun District household-services industry system (昆都仑区家庭服务业管理系统). "
                    + "Errors are RFC 9457 problem details; lists take page, pageSize (max 200) and sort; updates need If-Match.",
            });
            c.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/v1/auth/login (users) or POST /api/v1/auth/token (API clients).",
            });
            c.AddSecurityDefinition(ApiClientScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "API clients (接入客户端) exchange their client id and secret for a bearer token with the client-credentials "
                    + "grant; the token carries the scopes granted to the client. Each operation lists the scopes that pass its policy.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri("/api/v1/auth/token", UriKind.Relative),
                        Scopes = new Dictionary<string, string>(),
                    },
                },
            });
            c.OperationFilter<AuthorizationOperationFilter>();
            c.OperationFilter<CamelCaseQueryParametersFilter>();
            c.OperationFilter<IdempotencyOperationFilter>();
            c.OperationFilter<ProblemResponsesOperationFilter>();
            c.SchemaFilter<ProblemDetailsSchemaFilter>();
            c.DocumentFilter<DocumentQualityFilter>();
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
            c.CustomSchemaIds(SchemaId);
            // Paths in a stable order (not the order modules happen to map them), so the generated client is stable.
            c.OrderActionsBy(d => $"{d.RelativePath} {d.HttpMethod}");
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "Jiafu.*.xml"))
            {
                c.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    public static WebApplication UseJiafuOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "Jiafu API v1");
            o.DocumentTitle = "Jiafu 家服 API";
        });
        return app;
    }

    /// <summary>Schema ids by type name; nested generic arguments are appended (<c>PagedResultOfUserResponse</c>).</summary>
    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`')];
        return name + "Of" + string.Concat(type.GetGenericArguments().Select(SchemaId));
    }
}
