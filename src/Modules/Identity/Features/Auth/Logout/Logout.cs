using FluentValidation;
using Jiafu.Contracts.Audit;
using Jiafu.Identity.Data;
using Jiafu.Identity.Features.Audit;
using Jiafu.Identity.Tokens;
using Jiafu.Shared.Behaviors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Auth;

/// <summary>Sign out (退出登录): the refresh token and every token rotated from the same sign-in are revoked.</summary>
public sealed record Logout(string RefreshToken) : ICommand, ISelfAudited;

public sealed class LogoutValidator : AbstractValidator<Logout>
{
    public LogoutValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class LogoutHandler(IdentityModuleDbContext db, AuditTrailWriter audit, TimeProvider time) : ICommandHandler<Logout>
{
    public async ValueTask<Unit> Handle(Logout command, CancellationToken ct)
    {
        var hash = TokenIssuer.HashRefreshToken(command.RefreshToken);
        var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null)
        {
            return Unit.Value; // Already gone: signing out is idempotent.
        }

        var now = time.GetUtcNow();
        var revoked = await db.RefreshTokens.Where(t => t.FamilyId == token.FamilyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "logout"), ct);
        if (revoked > 0)
        {
            var userName = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
            await audit.RecordAuthAsync("Logout", userName ?? token.UserId.ToString(), token.UserId, AuditOutcome.Succeeded, null, ct);
        }

        return Unit.Value;
    }
}
