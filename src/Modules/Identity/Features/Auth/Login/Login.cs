using FluentValidation;
using Jiafu.Contracts.Audit;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Features.Audit;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Observability;
using Mediator;
using Microsoft.AspNetCore.Identity;

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

public sealed class LoginHandler(UserManager<User> users, UserSessionIssuer sessions, AuditTrailWriter audit, TimeProvider time)
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
            throw LockedOut(user);
        }

        if (!await users.CheckPasswordAsync(user, command.Password))
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await Reject(command.UserName, user.Id, locked ? "wrong password; account locked" : "wrong password", ct);
            throw locked ? LockedOut(user) : InvalidCredentials();
        }

        await users.ResetAccessFailedCountAsync(user);
        user.LastSignInAt = time.GetUtcNow();
        await users.UpdateAsync(user);
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

    private static AuthenticationFailedException LockedOut(User user) =>
        new("Too many failed sign-ins; the account is locked. 登录失败次数过多，账号已锁定。", "locked_out", user.LockoutEnd);
}
