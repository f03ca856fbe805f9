using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>Spot-check plans (抽查计划列表), newest first; checks and log only in the detail.</summary>
public sealed record ListSpotCheckPlans : PageRequest, IQuery<PagedResult<SpotCheckPlanResponse>>
{
    public int? Year { get; init; }
}

public sealed class ListSpotCheckPlansValidator : AbstractValidator<ListSpotCheckPlans>
{
    internal static readonly SortMap<SpotCheckPlan> Sorts = new SortMap<SpotCheckPlan>("-createdAt").Add("createdAt", p => p.CreatedAt).Add("year", p => p.Year);

    public ListSpotCheckPlansValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListSpotCheckPlansHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<ListSpotCheckPlans, PagedResult<SpotCheckPlanResponse>>
{
    public async ValueTask<PagedResult<SpotCheckPlanResponse>> Handle(ListSpotCheckPlans q, CancellationToken ct)
    {
        SpotCheckPlanAccess.EnsureDistrict(current);
        var query = db.Set<SpotCheckPlan>().AsNoTracking().Include(p => p.Pool).AsQueryable();
        if (q.Year is { } year) query = query.Where(p => p.Year == year);
        var page = await ((IOrderedQueryable<SpotCheckPlan>)query.SortBy(q.Sort, ListSpotCheckPlansValidator.Sorts)).ThenBy(p => p.Id).ToPageAsync(q, ct);
        return new PagedResult<SpotCheckPlanResponse>(page.Items.Select(p => SpotCheckResponses.From(p, [], [])).ToList(), page.Total, page.Page, page.PageSize);
    }
}
