using System.Security.Claims;
using System.Security.Cryptography;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Jiafu.Identity.Tokens;

/// <summary>Issues signed JWT access tokens for users and API clients, and opaque refresh tokens.</summary>
public sealed class TokenIssuer(SigningKeyProvider keys, IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken IssueForUser(User user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(JiafuClaims.Subject, user.Id.ToString()),
            new(JiafuClaims.Name, user.UserName ?? ""),
            new(JiafuClaims.DisplayName, user.DisplayName),
            new(JiafuClaims.ActorType, "user"),
        };
        claims.AddRange(roles.Select(r => new Claim(JiafuClaims.Role, r)));
        if (user.StreetCode is not null)
        {
            claims.Add(new Claim(JiafuClaims.StreetCode, user.StreetCode));
        }

        if (user.InstitutionId is not null)
        {
            claims.Add(new Claim(JiafuClaims.InstitutionId, user.InstitutionId));
        }

        return Issue(claims, options.Value.AccessTokenLifetime);
    }

    public AccessToken IssueForClient(ApiClient client, IReadOnlyCollection<string> grantedScopes)
    {
        var claims = new List<Claim>
        {
            new(JiafuClaims.Subject, client.Id.ToString()),
            new(JiafuClaims.ClientId, client.ClientId),
            new(JiafuClaims.Name, client.ClientId),
            new(JiafuClaims.ActorType, "client"),
            new(JiafuClaims.Scope, string.Join(' ', grantedScopes)),
        };
        claims.AddRange(client.InstitutionIds.Select(i => new Claim(JiafuClaims.InstitutionId, i)));
        return Issue(claims, options.Value.ClientTokenLifetime);
    }

    /// <summary>A new random refresh token (returned to the caller) and its SHA-256 hash (stored).</summary>
    public static (string Token, string Hash) NewRefreshToken()
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (token, HashRefreshToken(token));
    }

    public static string HashRefreshToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Value.Issuer,
        ValidAudience = options.Value.Audience,
        IssuerSigningKey = keys.Key,
        NameClaimType = JiafuClaims.Name,
        RoleClaimType = JiafuClaims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    private AccessToken Issue(IEnumerable<Claim> claims, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        };
        return new AccessToken(_handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }
}

public sealed record AccessToken(string Token, int ExpiresIn);
