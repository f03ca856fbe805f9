using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features.Auth;

/// <summary>Issues an access token and a refresh token of a given family for a user.</summary>
public sealed class UserSessionIssuer(
    IdentityModuleDbContext db, UserManager<User> users, TokenIssuer tokens, IOptions<AuthOptions> options, TimeProvider time)
{
    public async Task<(TokenResponse Response, RefreshToken Stored)> IssueAsync(User user, Guid familyId, CancellationToken ct)
    {
        var roles = await users.GetRolesAsync(user);
        var access = tokens.IssueForUser(user, roles);
        var (refresh, hash) = TokenIssuer.NewRefreshToken();
        var now = time.GetUtcNow();
        var stored = new RefreshToken
        {
            UserId = user.Id,
            TokenHash = hash,
            FamilyId = familyId,
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(stored);
        await db.SaveChangesAsync(ct);
        return (new TokenResponse(access.Token, access.ExpiresIn, refresh), stored);
    }
}
