using FluentValidation;
using Jiafu.Shared.District;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>The editable profile of a station, shared by create and update.</summary>
public interface IServicePointProfile
{
    string Name { get; }

    string StreetCode { get; }

    string Address { get; }
}

/// <summary>Field rules of a station profile (lengths follow the database columns).</summary>
public static class ServicePointRules
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int ReasonMaxLength = 500;

    public static void AddProfileRules<T>(this AbstractValidator<T> validator, DistrictOptions district)
        where T : IServicePointProfile
    {
        validator.RuleFor(x => x.Name).NotEmpty().MaximumLength(NameMaxLength);
        validator.RuleFor(x => x.StreetCode).NotEmpty()
            .Must(code => district.IsKnownStreet(code?.Trim()))
            .WithMessage("Unknown street code; see GET /api/v1/registry/streets. 街道代码无效。");
        validator.RuleFor(x => x.Address).NotEmpty().MaximumLength(AddressMaxLength);
    }
}
