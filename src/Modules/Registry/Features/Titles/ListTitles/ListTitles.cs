using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Titles;

/// <summary>The titles of an institution (机构称号), current and withdrawn, newest year first.</summary>
public sealed record ListTitles(Guid InstitutionId) : IQuery<IReadOnlyList<TitleGrantResponse>>;

public sealed class ListTitlesHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options)
    : IQueryHandler<ListTitles, IReadOnlyList<TitleGrantResponse>>
{
    public async ValueTask<IReadOnlyList<TitleGrantResponse>> Handle(ListTitles query, CancellationToken ct)
    {
        var institution = await TitleRules.FindVisibleInstitutionAsync(db, query.InstitutionId, DataScope.From(current), ct);
        var titles = await db.Set<InstitutionTitle>().AsNoTracking()
            .Where(t => t.InstitutionId == institution.Id)
            .OrderByDescending(t => t.Year).ThenBy(t => t.Title)
            .ToListAsync(ct);
        return titles.Select(t => TitleRules.ToResponse(t, options.Value)).ToList();
    }
}
