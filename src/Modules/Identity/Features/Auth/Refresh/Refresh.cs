using FluentValidation;
using Jiafu.Contracts.Audit;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Features.Audit;
using Jiafu.Identity.Tokens;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Auth;

/// <summary>Exchange a refresh token for new tokens (刷新令牌). The presented token is spent.</summary>
public sealed record Refresh(string RefreshToken) : ICommand<TokenResponse>, ISelfAudited;

public sealed class RefreshValidator : AbstractValidator<Refresh>
{
    public RefreshValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class RefreshHandler(
    IdentityModuleDbContext db, UserManager<User> users, UserSessionIssuer sessions, AuditTrailWriter audit, TimeProvider time)
    : ICommandHandler<Refresh, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(Refresh command, CancellationToken ct)
    {
        var hash = TokenIssuer.HashRefreshToken(command.RefreshToken);
        var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, ct)
            ?? throw Invalid();
        var now = time.GetUtcNow();

        // Spend the token with a conditional update: of two concurrent uses exactly one wins.
        var spent = await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "rotated"), ct);
        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (spent == 0)
        {
            if (token.RevokedAt is not null || token.ExpiresAt > now)
            {
                // A spent token presented again: it may have been stolen. End the whole sign-in.
                await RevokeFamilyAsync(token.FamilyId, now, ct);
                await audit.RecordAuthAsync("RefreshToken", user?.UserName ?? token.UserId.ToString(), token.UserId,
                    AuditOutcome.Rejected, "refresh token reused; session revoked", ct);
            }

            throw Invalid();
        }

        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            await RevokeFamilyAsync(token.FamilyId, now, ct);
            throw Invalid();
        }

        var (response, issued) = await sessions.IssueAsync(user, token.FamilyId, ct);
        await db.RefreshTokens.Where(t => t.Id == token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedById, issued.Id), ct);
        return response;
    }

    private Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken ct) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "reuse detected"), ct);

    private static AuthenticationFailedException Invalid() =>
        new("The refresh token is invalid or expired; sign in again. 登录已过期，请重新登录。", "invalid_refresh_token");
}
