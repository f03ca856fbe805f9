using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>Drawn spot checks (抽查对象) the caller sees: inspectors the ones they were drawn for.</summary>
public sealed record ListSpotChecks : PageRequest, IQuery<PagedResult<SpotCheckResponse>>
{
    public Guid? PlanId { get; init; }

    public SpotCheckResult? Result { get; init; }
}

public sealed class ListSpotChecksValidator : AbstractValidator<ListSpotChecks>
{
    internal static readonly SortMap<SpotCheck> Sorts = new SortMap<SpotCheck>("rank").Add("rank", c => c.Rank).Add("objectName", c => c.ObjectName);

    public ListSpotChecksValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Result).IsInEnum();
    }
}

public sealed class ListSpotChecksHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<ListSpotChecks, PagedResult<SpotCheckResponse>>
{
    public async ValueTask<PagedResult<SpotCheckResponse>> Handle(ListSpotChecks q, CancellationToken ct)
    {
        var query = db.Set<SpotCheck>().AsNoTracking().Include(c => c.Inspectors).InScope(current);
        if (q.PlanId is { } planId) query = query.Where(c => c.PlanId == planId);
        if (q.Result is { } result) query = query.Where(c => c.Result == result);
        var page = await ((IOrderedQueryable<SpotCheck>)query.SortBy(q.Sort, ListSpotChecksValidator.Sorts)).ThenBy(c => c.Id).ToPageAsync(q, ct);
        return new PagedResult<SpotCheckResponse>(page.Items.Select(SpotCheckResponse.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
