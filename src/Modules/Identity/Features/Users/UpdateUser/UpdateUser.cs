using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features.Users;

/// <summary>The editable fields of a user.</summary>
public sealed record UpdateUserRequest(string DisplayName, IReadOnlyList<string> Roles, string? StreetCode, string? InstitutionId);

/// <summary>Change a user's display name, roles and scope (编辑用户); <see cref="Version"/> comes from <c>If-Match</c>.</summary>
public sealed record UpdateUser(Guid Id, string Version, string DisplayName, IReadOnlyList<string> Roles, string? StreetCode, string? InstitutionId)
    : ICommand<UserResponse>, IUserProfile, IAuditTarget
{
    public string AuditTargetType => nameof(User);

    public string? AuditTargetId => Id.ToString();
}

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator(IOptions<DistrictOptions> district) => this.AddRoleAndScopeRules(district);
}

public sealed class UpdateUserHandler(IdentityModuleDbContext db, UserManager<User> users, ICurrentUser current, TimeProvider time)
    : ICommandHandler<UpdateUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpdateUser command, CancellationToken ct)
    {
        var user = await users.FindOrThrowAsync(command.Id);
        ETags.EnsureMatches(command.Version, user.Version);
        var wanted = command.Roles.Distinct().ToArray();
        if (current.Id == user.Id.ToString() && !wanted.Contains(Roles.Admin) && current.IsInRole(Roles.Admin))
        {
            throw new ConflictException("You cannot remove your own administrator role.", "self_demotion", "roles");
        }

        user.DisplayName = command.DisplayName.Trim();
        user.StreetCode = string.IsNullOrWhiteSpace(command.StreetCode) ? null : command.StreetCode.Trim();
        user.InstitutionId = string.IsNullOrWhiteSpace(command.InstitutionId) ? null : command.InstitutionId.Trim();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        (await users.UpdateAsync(user)).ThrowIfFailed();
        var existing = await users.GetRolesAsync(user);
        var removed = existing.Except(wanted).ToArray();
        var added = wanted.Except(existing).ToArray();
        if (removed.Length > 0) (await users.RemoveFromRolesAsync(user, removed)).ThrowIfFailed();
        if (added.Length > 0) (await users.AddToRolesAsync(user, added)).ThrowIfFailed();
        await transaction.CommitAsync(ct);
        return UserResponse.From(user, wanted.Order().ToArray(), time.GetUtcNow());
    }
}
