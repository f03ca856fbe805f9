using FluentValidation;
using Jiafu.Contracts.Audit;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Features.Audit;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Observability;
using Mediator;
using Jiafu.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features.Auth;

/// <summary>Sign in with a user name and password (登录).</summary>
public sealed record Login(string UserName, string Password) : ICommand<TokenResponse>, ISelfAudited;

public sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
    }
}

/// <remarks>
/// The sign-in bookkeeping (failure count, lockout, last sign-in) is written with single atomic updates rather than
/// through the user's concurrency stamp: parallel sign-ins of one account must neither fail with a stale-version
/// error nor lose a failure from the lockout count (等保 2.0: lock after repeated failures, however they arrive).
/// </remarks>
public sealed class LoginHandler(
    UserManager<User> users, IdentityModuleDbContext db, IOptions<IdentityOptions> identityOptions,
    UserSessionIssuer sessions, AuditTrailWriter audit, TimeProvider time)
    : ICommandHandler<Login, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(Login command, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(command.UserName.Trim());
        if (user is null)
        {
            // Same answer as a wrong password: do not reveal which user names exist.
            await Reject(command.UserName, null, "unknown user", ct);
            throw InvalidCredentials();
        }

        if (user.IsDisabled)
        {
            await Reject(command.UserName, user.Id, "account disabled", ct);
            throw new AuthenticationFailedException("This account is disabled. 账号已停用，请联系管理员。", "disabled");
        }

        if (await users.IsLockedOutAsync(user))
        {
            await Reject(command.UserName, user.Id, "account locked", ct);
            throw LockedOut(user.LockoutEnd);
        }

        if (!await users.CheckPasswordAsync(user, command.Password))
        {
            var lockedUntil = await RecordFailureAsync(user.Id, ct);
            await Reject(command.UserName, user.Id, lockedUntil is null ? "wrong password" : "wrong password; account locked", ct);
            throw lockedUntil is { } end ? LockedOut(end) : InvalidCredentials();
        }

        var now = time.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LastSignInAt, now), ct);
        var (response, _) = await sessions.IssueAsync(user, Guid.CreateVersion7(), ct);
        await audit.RecordAuthAsync("Login", user.UserName!, user.Id, AuditOutcome.Succeeded, null, ct);
        return response;
    }

    private Task Reject(string userName, Guid? userId, string reason, CancellationToken ct)
    {
        JiafuTelemetry.LoginFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));
        return audit.RecordAuthAsync("Login", userName, userId, AuditOutcome.Rejected, reason, ct);
    }

    private static AuthenticationFailedException InvalidCredentials() =>
        new("The user name or password is incorrect. 用户名或密码错误。", "invalid_credentials");

    /// <summary>Counts a failure atomically; locks the account when the count reaches the limit. Returns the lockout end when locked.</summary>
    private async Task<DateTimeOffset?> RecordFailureAsync(Guid userId, CancellationToken ct)
    {
        var lockout = identityOptions.Value.Lockout;
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), ct);
        var until = time.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
        var locked = await db.Users
            .Where(u => u.Id == userId && u.LockoutEnabled && u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0), ct);
        return locked > 0 ? until : null;
    }

    private static AuthenticationFailedException LockedOut(DateTimeOffset? end) =>
        new("Too many failed sign-ins; the account is locked. 登录失败次数过多，账号已锁定。", "locked_out", end);
}
