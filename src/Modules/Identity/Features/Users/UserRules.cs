using FluentValidation;
using Jiafu.Identity.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features.Users;

/// <summary>The rules a user's roles and data scope must satisfy, shared by create and update.</summary>
internal static class UserRules
{
    public static void AddRoleAndScopeRules<T>(this AbstractValidator<T> validator, IOptions<DistrictOptions> district)
        where T : IUserProfile
    {
        validator.RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100);
        validator.RuleFor(x => x.Roles).NotEmpty().WithMessage("At least one role is required. 至少选择一个角色。");
        validator.RuleForEach(x => x.Roles).Must(Roles.IsKnown)
            .WithMessage((_, role) => $"Unknown role '{role}'. Known roles: {string.Join(", ", Roles.All)}.");
        validator.RuleFor(x => x.StreetCode).NotEmpty()
            .When(x => x.Roles?.Contains(Roles.StreetOfficer) == true)
            .WithMessage("A street officer needs a street. 街镇业务人员必须指定所属街道。");
        validator.RuleFor(x => x.StreetCode).Must(code => district.Value.IsKnownStreet(code))
            .When(x => !string.IsNullOrEmpty(x.StreetCode))
            .WithMessage(x => $"Unknown street code '{x.StreetCode}'. 街道代码无效。");
        validator.RuleFor(x => x.StreetCode).Empty()
            .When(x => x.Roles?.Contains(Roles.StreetOfficer) != true)
            .WithMessage("Only a street officer is scoped to a street.");
        validator.RuleFor(x => x.InstitutionId).NotEmpty()
            .When(x => x.Roles?.Contains(Roles.InstitutionOperator) == true)
            .WithMessage("An institution operator needs an institution. 机构经办人必须指定所属机构。");
        validator.RuleFor(x => x.InstitutionId).MaximumLength(64);
        validator.RuleFor(x => x.InstitutionId).Empty()
            .When(x => x.Roles?.Contains(Roles.InstitutionOperator) != true)
            .WithMessage("Only an institution operator is scoped to an institution.");
        validator.RuleFor(x => x.Roles).Must(r => !(r.Contains(Roles.StreetOfficer) && r.Contains(Roles.InstitutionOperator)))
            .When(x => x.Roles is not null)
            .WithMessage("A user cannot be scoped to both a street and an institution.");
    }

    /// <summary>Turns Identity's password and user-name errors into 400 field errors.</summary>
    public static FieldValidationException ToFieldErrors(this IdentityResult result) => new(result.Errors
        .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
        .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new PreconditionFailedException();
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new ConflictException("This user name is already taken. 用户名已存在。", "duplicate_user_name", "userName");
        }

        throw result.ToFieldErrors();
    }
}

/// <summary>The editable profile of a user: display name, roles and scope.</summary>
public interface IUserProfile
{
    string DisplayName { get; }

    IReadOnlyList<string> Roles { get; }

    string? StreetCode { get; }

    string? InstitutionId { get; }
}

internal static class UserLookup
{
    public static async Task<User> FindOrThrowAsync(this UserManager<User> users, Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id.ToString());
}
