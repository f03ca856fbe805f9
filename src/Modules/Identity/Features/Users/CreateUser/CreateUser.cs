using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.District;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features.Users;

/// <summary>Create a dashboard user (新建用户) with roles and data scope.</summary>
/// <param name="UserName">Sign-in name: 3–50 letters, digits, <c>. _ - @</c>.</param>
/// <param name="Password">At least 8 characters with a letter and a digit.</param>
/// <param name="StreetCode">Required for <c>StreetOfficer</c> (街镇业务人员): the street code.</param>
/// <param name="InstitutionId">Required for <c>InstitutionOperator</c> (机构经办人): the institution id.</param>
public sealed record CreateUser(
    string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, string? StreetCode, string? InstitutionId)
    : ICommand<UserResponse>, IUserProfile;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(IOptions<DistrictOptions> district)
    {
        RuleFor(x => x.UserName).NotEmpty().Length(3, 50).Matches("^[A-Za-z0-9._@-]+$")
            .WithMessage("userName may contain letters, digits and . _ - @ only, 3–50 characters.");
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        this.AddRoleAndScopeRules(district);
    }
}

public sealed class CreateUserHandler(IdentityModuleDbContext db, UserManager<User> users, TimeProvider time)
    : ICommandHandler<CreateUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(CreateUser command, CancellationToken ct)
    {
        var user = new User
        {
            UserName = command.UserName.Trim(),
            DisplayName = command.DisplayName.Trim(),
            StreetCode = NullIfEmpty(command.StreetCode),
            InstitutionId = NullIfEmpty(command.InstitutionId),
            CreatedAt = time.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        (await users.CreateAsync(user, command.Password)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, command.Roles.Distinct())).ThrowIfFailed();
        await transaction.CommitAsync(ct);
        return UserResponse.From(user, command.Roles.Distinct().ToArray(), time.GetUtcNow());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
