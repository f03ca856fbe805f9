using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Titles;

/// <summary>A brand or leading-enterprise title granted to an institution (品牌称号), current or withdrawn.</summary>
/// <param name="Title">Title code from <c>GET /api/v1/registry/titles</c>.</param>
/// <param name="Name">Chinese name of the title.</param>
/// <param name="Level"><c>Region</c> (自治区), <c>City</c> (市) or <c>District</c> (区), from the catalogue.</param>
/// <param name="IsCurrent">Not withdrawn.</param>
public sealed record TitleGrantResponse(
    Guid Id,
    Guid InstitutionId,
    string Title,
    string Name,
    string Level,
    int Year,
    DateTimeOffset GrantedAt,
    string? GrantedBy,
    bool IsCurrent,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawnReason);

public static class TitleRules
{
    public const int ReasonMaxLength = 500;
    public const int FirstYear = 2000;

    public static TitleGrantResponse ToResponse(InstitutionTitle t, RegistryOptions options) => new(
        t.Id, t.InstitutionId, t.Title, options.EffectiveTitles.FirstOrDefault(d => d.Code == t.Title)?.Name ?? t.Title, t.Level, t.Year,
        t.GrantedAt, t.GrantedBy, t.WithdrawnAt is null, t.WithdrawnAt, t.WithdrawnReason);

    /// <summary>Loads the institution if it is visible to <paramref name="scope"/>; 404 otherwise.</summary>
    public static async Task<Institution> FindVisibleInstitutionAsync(RegistryDbContext db, Guid id, DataScope scope, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("Institution", id.ToString());
        scope.EnsureVisible(institution);
        return institution;
    }
}
