using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Users;

public sealed record ResetPasswordRequest(string NewPassword);

/// <summary>
/// Set a new password for a user (重置密码): clears the lockout and failed-attempt count and revokes
/// the user's refresh tokens, so existing sessions end within one access-token lifetime.
/// </summary>
public sealed record ResetPassword(Guid Id, string NewPassword) : ICommand, IAuditTarget
{
    public string AuditTargetType => nameof(User);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator() => RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(128);
}

public sealed class ResetPasswordHandler(IdentityModuleDbContext db, UserManager<User> users, TimeProvider time) : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken ct)
    {
        var user = await users.FindOrThrowAsync(command.Id);
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, command.NewPassword);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException("newPassword", string.Join(" ", errors.Select(e => e.Description)));
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, command.NewPassword);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, "password reset"), ct);
        await transaction.CommitAsync(ct);
        return Unit.Value;
    }
}
