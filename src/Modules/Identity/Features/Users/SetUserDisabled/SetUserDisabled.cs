using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Users;

/// <summary>Disable a user (停用): sign-in is refused and every refresh token is revoked.</summary>
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

public sealed class DisableUserHandler(IdentityModuleDbContext db, UserManager<User> users, ICurrentUser current, TimeProvider time)
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
        return Unit.Value;
    }
}

public sealed class EnableUserHandler(UserManager<User> users) : ICommandHandler<EnableUser>
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
        return Unit.Value;
    }
}
