using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Titles;

/// <summary>The title and year to grant.</summary>
/// <param name="Title">Title code from <c>GET /api/v1/registry/titles</c>; the level comes from the catalogue.</param>
/// <param name="Year">The year the title was awarded for.</param>
public sealed record GrantTitleRequest(string Title, int Year);

/// <summary>Grant a brand or leading-enterprise title to an institution (授予品牌称号); one per title and year.</summary>
public sealed record GrantTitle(Guid InstitutionId, string Title, int Year) : ICommand<TitleGrantResponse>;

public sealed class GrantTitleValidator : AbstractValidator<GrantTitle>
{
    public GrantTitleValidator(IOptions<RegistryOptions> options, TimeProvider time)
    {
        var codes = options.Value.EffectiveTitles.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        RuleFor(x => x.Title).NotEmpty()
            .Must(code => code is null || codes.Contains(code.Trim()))
            .WithMessage("Unknown title; see GET /api/v1/registry/titles. 称号代码无效。");
        RuleFor(x => x.Year)
            .Must(year => year >= TitleRules.FirstYear && year <= time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year)
            .WithMessage($"year must be between {TitleRules.FirstYear} and the current year. 年度无效。");
    }
}

public sealed class GrantTitleHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, TimeProvider time)
    : ICommandHandler<GrantTitle, TitleGrantResponse>
{
    public async ValueTask<TitleGrantResponse> Handle(GrantTitle command, CancellationToken ct)
    {
        var institution = await TitleRules.FindVisibleInstitutionAsync(db, command.InstitutionId, DataScope.From(current), ct);
        var definition = options.Value.EffectiveTitles.First(t => t.Code == command.Title.Trim());
        if (await db.Set<InstitutionTitle>().AnyAsync(
                t => t.InstitutionId == institution.Id && t.Title == definition.Code && t.Year == command.Year, ct))
        {
            throw Duplicate(definition, command.Year);
        }

        var title = new InstitutionTitle
        {
            InstitutionId = institution.Id,
            Title = definition.Code,
            Level = definition.Level,
            Year = command.Year,
            GrantedAt = time.GetUtcNow(),
            GrantedBy = current.Name,
        };
        db.Set<InstitutionTitle>().Add(title);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw Duplicate(definition, command.Year);
        }

        return TitleRules.ToResponse(title, options.Value);
    }

    private static ConflictException Duplicate(TitleDefinition definition, int year) => new(
        $"The institution already holds (or held) {definition.Code} for {year}. 该机构 {year} 年度已有此称号记录。", "duplicate_title", "title");
}
