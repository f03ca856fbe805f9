using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Validation;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>The editable profile of an institution, shared by create and update.</summary>
public interface IInstitutionProfile
{
    string Name { get; }

    string StreetCode { get; }

    string Address { get; }

    string LegalRepresentative { get; }

    string ContactPhone { get; }

    IReadOnlyList<string> BusinessFormats { get; }

    bool? IsAllianceMember { get; }

    DateOnly? AllianceJoinedOn { get; }
}

/// <summary>Field rules of an institution profile (lengths follow the database columns).</summary>
public static class InstitutionRules
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int LegalRepresentativeMaxLength = 50;
    public const int ContactPhoneMaxLength = 30;
    public const int ReasonMaxLength = 500;

    public static void AddProfileRules<T>(this AbstractValidator<T> validator, DistrictOptions district, RegistryOptions registry, TimeProvider time)
        where T : IInstitutionProfile
    {
        var formats = registry.EffectiveBusinessFormats.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        validator.RuleFor(x => x.Name).NotEmpty().MaximumLength(NameMaxLength);
        validator.RuleFor(x => x.StreetCode).NotEmpty()
            .Must(code => district.IsKnownStreet(code?.Trim()))
            .WithMessage("Unknown street code; see GET /api/v1/registry/streets. 街道代码无效。");
        validator.RuleFor(x => x.Address).NotEmpty().MaximumLength(AddressMaxLength);
        validator.RuleFor(x => x.LegalRepresentative).NotEmpty().MaximumLength(LegalRepresentativeMaxLength);
        validator.RuleFor(x => x.ContactPhone).NotEmpty().MaximumLength(ContactPhoneMaxLength).ChinaPhone();
        validator.RuleFor(x => x.BusinessFormats)
            .NotEmpty().WithMessage("Choose at least one business format. 请至少选择一个业态。")
            .Must(list => list is null || list.All(f => f is not null && formats.Contains(f.Trim())))
            .WithMessage(x => "Unknown business format(s): "
                + string.Join(", ", x.BusinessFormats.Where(f => f is null || !formats.Contains(f.Trim())))
                + "; see GET /api/v1/registry/business-formats. 业态代码无效。");
        validator.RuleFor(x => x.AllianceJoinedOn)
            .Must(date => date is null || date <= Today(time))
            .WithMessage("allianceJoinedOn cannot be in the future. 入盟日期不能晚于今天。");
    }

    /// <summary>
    /// The current time cut to whole milliseconds, the precision SQLite stores, so that a response built from the saved
    /// entity shows the same times as a later read.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    /// <summary>Today in China (UTC+8).</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Known codes, trimmed and de-duplicated, in the order given.</summary>
    public static List<string> NormalizeFormats(IEnumerable<string> formats) =>
        formats.Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
