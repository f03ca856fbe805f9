using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Tokens;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Users;

/// <summary>Disable a user (停用): sign-in is refused, every refresh token is revoked and issued access tokens are refused.</summary>
public sealed record DisableUser(Guid Id) : ICommand, IAuditTarget
{
    public string AuditTargetType => nameof(User);

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Enable a disabled user again (启用).</summary>
public sealed record EnableUser(Guid Id) : ICommand, IAuditTarget
{
    public string AuditTargetType => nameof(User);

    public string? AuditTargetId => Id.ToString();
}

public sealed class DisableUserHandler(
    IdentityModuleDbContext db, UserManager<User> users, ICurrentUser current, BlockedPrincipals blocked, TimeProvider time)
    : ICommandHandler<DisableUser>
{
    public async ValueTask<Unit> Handle(DisableUser command, CancellationToken ct)
    {
        var user = await users.FindOrThrowAsync(command.Id);
        if (current.Id == user.Id.ToString())
        {
            throw new ConflictException("You cannot disable your own account.", "self_disable");
        }

        if (user.IsDisabled)
        {
            return Unit.Value;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.IsDisabled = true;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "user disabled"), ct);
        await transaction.CommitAsync(ct);
        // Access tokens already issued stop working now, not when they expire.
        blocked.Block(user.Id);
        return Unit.Value;
    }
}

public sealed class EnableUserHandler(UserManager<User> users, BlockedPrincipals blocked) : ICommandHandler<EnableUser>
{
    public async ValueTask<Unit> Handle(EnableUser command, CancellationToken ct)
    {
        var user = await users.FindOrThrowAsync(command.Id);
        if (!user.IsDisabled)
        {
            return Unit.Value;
        }

        user.IsDisabled = false;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        blocked.Unblock(user.Id);
        return Unit.Value;
    }
}
