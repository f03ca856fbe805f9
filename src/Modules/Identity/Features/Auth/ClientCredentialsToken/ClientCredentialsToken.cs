using Jiafu.Contracts.Audit;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Features.Audit;
using Jiafu.Identity.Tokens;
using Jiafu.Shared.Behaviors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Auth;

/// <summary>OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for API clients (第三方接入).</summary>
public sealed record ClientCredentialsToken(string? GrantType, string? ClientId, string? ClientSecret, string? Scope)
    : ICommand<ClientTokenResult>, ISelfAudited;

/// <summary>Either a token or an RFC 6749 §5.2 error.</summary>
public sealed record ClientTokenResult(ClientTokenResponse? Token, OAuthError? Error, int StatusCode);

/// <summary>RFC 6749 §5.1 token response (snake_case as the RFC requires).</summary>
public sealed record ClientTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

/// <summary>RFC 6749 §5.2 error response.</summary>
public sealed record OAuthError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);

public sealed class ClientCredentialsTokenHandler(
    IdentityModuleDbContext db, IPasswordHasher<ApiClient> hasher, TokenIssuer tokens, AuditTrailWriter audit, TimeProvider time)
    : ICommandHandler<ClientCredentialsToken, ClientTokenResult>
{
    public async ValueTask<ClientTokenResult> Handle(ClientCredentialsToken request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.GrantType))
        {
            return Fail("invalid_request", "grant_type is required.", 400);
        }

        if (request.GrantType != "client_credentials")
        {
            return Fail("unsupported_grant_type", "Only the client_credentials grant is supported here.", 400);
        }

        if (string.IsNullOrEmpty(request.ClientId) || string.IsNullOrEmpty(request.ClientSecret))
        {
            return Fail("invalid_client", "Client authentication failed.", 401);
        }

        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.ClientId == request.ClientId, ct);
        if (client is null || client.IsRevoked ||
            hasher.VerifyHashedPassword(client, client.SecretHash, request.ClientSecret) == PasswordVerificationResult.Failed)
        {
            await audit.RecordAuthAsync("ClientToken", request.ClientId, client?.Id, AuditOutcome.Rejected,
                client is null ? "unknown client" : client.IsRevoked ? "client revoked" : "wrong secret", ct, AuditActorType.Client);
            return Fail("invalid_client", "Client authentication failed.", 401);
        }

        var requested = (request.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var notAllowed = requested.Except(client.Scopes).ToArray();
        if (notAllowed.Length > 0)
        {
            return Fail("invalid_scope", $"Scope not granted to this client: {string.Join(' ', notAllowed)}.", 400);
        }

        var granted = requested.Length > 0 ? requested : client.Scopes.ToArray();
        client.LastUsedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var token = tokens.IssueForClient(client, granted);
        await audit.RecordAuthAsync("ClientToken", client.ClientId, client.Id, AuditOutcome.Succeeded,
            "scopes: " + string.Join(' ', granted), ct, AuditActorType.Client);
        return new ClientTokenResult(new ClientTokenResponse(token.Token, "Bearer", token.ExpiresIn, string.Join(' ', granted)), null, 200);
    }

    private static ClientTokenResult Fail(string error, string description, int status) =>
        new(null, new OAuthError(error, description), status);
}
