using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Campaigns;

/// <summary>Campaigns (年检复核列表); scoped callers see the campaigns holding at least one of their tasks.</summary>
public sealed record ListCampaigns : PageRequest, IQuery<PagedResult<CampaignResponse>>
{
    public int? Year { get; init; }

    public InspectionObjectType? ObjectType { get; init; }
}

public sealed class ListCampaignsValidator : AbstractValidator<ListCampaigns>
{
    internal static readonly SortMap<Campaign> Sorts = new SortMap<Campaign>("-year").Add("year", c => c.Year).Add("createdAt", c => c.CreatedAt);

    public ListCampaignsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.ObjectType).IsInEnum();
    }
}

public sealed class ListCampaignsHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<ListCampaigns, PagedResult<CampaignResponse>>
{
    public async ValueTask<PagedResult<CampaignResponse>> Handle(ListCampaigns q, CancellationToken ct)
    {
        var query = db.Set<Campaign>().AsNoTracking();
        if (!current.SeesAllCampaigns())
        {
            var visible = db.Set<InspectionTask>().InScope(current);
            query = query.Where(c => visible.Any(t => t.CampaignId == c.Id));
        }

        if (q.Year is { } year) query = query.Where(c => c.Year == year);
        if (q.ObjectType is { } type) query = query.Where(c => c.ObjectType == type);
        var page = await ((IOrderedQueryable<Campaign>)query.SortBy(q.Sort, ListCampaignsValidator.Sorts)).ThenBy(c => c.Id).ToPageAsync(q, ct);
        return new PagedResult<CampaignResponse>(await CampaignResponses.BuildAsync(db, page.Items, ct), page.Total, page.Page, page.PageSize);
    }
}
