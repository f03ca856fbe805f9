using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>The publication of finished spot checks (抽查结果公示): institution, street, plan, result and date — no personal data.</summary>
public sealed record ListPublicSpotChecks : PageRequest, IQuery<PagedResult<PublicSpotCheckResponse>>
{
    public int? Year { get; init; }
}

/// <summary>A published result: no inspector names, no findings text.</summary>
public sealed record PublicSpotCheckResponse(
    Guid Id, string PlanName, int Year, string InstitutionName, string StreetName, SpotCheckResult Result, DateOnly? CheckedOn);

public sealed class ListPublicSpotChecksValidator : AbstractValidator<ListPublicSpotChecks>
{
    internal static readonly SortMap<SpotCheck> Sorts = new SortMap<SpotCheck>("-checkedOn").Add("checkedOn", c => c.CheckedOn);

    public ListPublicSpotChecksValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListPublicSpotChecksHandler(InspectionDbContext db, IOptions<DistrictOptions> district)
    : IQueryHandler<ListPublicSpotChecks, PagedResult<PublicSpotCheckResponse>>
{
    public async ValueTask<PagedResult<PublicSpotCheckResponse>> Handle(ListPublicSpotChecks q, CancellationToken ct)
    {
        var query = db.Set<SpotCheck>().AsNoTracking().Where(c => c.Result != SpotCheckResult.Pending);
        if (q.Year is { } year)
        {
            query = query.Where(c => db.Set<SpotCheckPlan>().Any(p => p.Id == c.PlanId && p.Year == year));
        }

        var page = await ((IOrderedQueryable<SpotCheck>)query.SortBy(q.Sort, ListPublicSpotChecksValidator.Sorts)).ThenBy(c => c.Id).ToPageAsync(q, ct);
        var planIds = page.Items.Select(c => c.PlanId).Distinct().ToList();
        var plans = await db.Set<SpotCheckPlan>().AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return new PagedResult<PublicSpotCheckResponse>(page.Items.Select(c => new PublicSpotCheckResponse(
            c.Id, plans[c.PlanId].Name, plans[c.PlanId].Year, c.ObjectName,
            district.Value.EffectiveStreets.FirstOrDefault(s => s.Code == c.StreetCode)?.Name ?? c.StreetCode, c.Result, c.CheckedOn)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
