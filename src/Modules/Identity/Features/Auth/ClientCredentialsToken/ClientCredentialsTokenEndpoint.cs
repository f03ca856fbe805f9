using System.Net.Http.Headers;
using System.Text;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Auth;

internal static class ClientCredentialsTokenEndpoint
{
    public static RouteGroupBuilder MapClientCredentialsToken(this RouteGroupBuilder group)
    {
        group.MapPost("/token", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                http.HttpContext.Response.Headers.CacheControl = "no-store";
                if (!http.HasFormContentType)
                {
                    return Results.Json(new OAuthError("invalid_request", "Send application/x-www-form-urlencoded."), statusCode: 400);
                }

                var form = await http.ReadFormAsync(ct);
                var (clientId, clientSecret) = BasicCredentials(http) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
                var result = await mediator.Send(new ClientCredentialsToken(form["grant_type"], clientId, clientSecret, form["scope"]), ct);
                if (result.StatusCode == 401)
                {
                    http.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"jiafu\"";
                }

                return result.Token is not null
                    ? Results.Json(result.Token)
                    : Results.Json(result.Error, statusCode: result.StatusCode);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            // "*/*" keeps routing from rejecting other content types (415, or the SPA fallback's 404) before the
            // handler answers them with RFC 6749's 400 invalid_request.
            .Accepts<ClientCredentialsForm>("application/x-www-form-urlencoded", "*/*")
            .Produces<ClientTokenResponse>()
            .Produces<OAuthError>(StatusCodes.Status400BadRequest)
            .Produces<OAuthError>(StatusCodes.Status401Unauthorized)
            .WithName("ClientCredentialsToken")
            .WithSummary("Token for an API client (接入客户端令牌, OAuth 2.0 client credentials)")
            .WithDescription("RFC 6749 §4.4. Form fields `grant_type=client_credentials`, `client_id`, `client_secret` "
                + "(or HTTP Basic authentication), optional `scope` (space-separated subset of the client's scopes). "
                + "Errors follow RFC 6749 §5.2: `invalid_request`, `invalid_client`, `invalid_scope`, `unsupported_grant_type`.");
        return group;
    }

    private static (string, string)? BasicCredentials(HttpRequest http)
    {
        if (!AuthenticationHeaderValue.TryParse(http.Headers.Authorization, out var header) ||
            !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = decoded.IndexOf(':');
            return colon < 0 ? null : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>The form fields of the client-credentials grant.</summary>
public sealed record ClientCredentialsForm(string grant_type, string client_id, string client_secret, string? scope);
