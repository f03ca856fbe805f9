using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.ServiceEvaluations;

/// <summary>Service evaluations (服务评价列表) in the caller's scope.</summary>
public sealed record ListServiceEvaluations : PageRequest, IQuery<PagedResult<ServiceEvaluationResponse>>
{
    public Guid? InstitutionId { get; init; }

    public int? Rating { get; init; }

    /// <summary>Service on or after.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Service on or before.</summary>
    public DateOnly? To { get; init; }
}

public sealed class ListServiceEvaluationsValidator : AbstractValidator<ListServiceEvaluations>
{
    internal static readonly SortMap<ServiceEvaluation> Sorts = new SortMap<ServiceEvaluation>("-serviceDate")
        .Add("serviceDate", e => e.ServiceDate).Add("rating", e => e.Rating).Add("createdAt", e => e.CreatedAt);

    public ListServiceEvaluationsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Rating).InclusiveBetween(1, 5);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ListServiceEvaluationsHandler(InspectionDbContext db, ICurrentUser current)
    : IQueryHandler<ListServiceEvaluations, PagedResult<ServiceEvaluationResponse>>
{
    public async ValueTask<PagedResult<ServiceEvaluationResponse>> Handle(ListServiceEvaluations q, CancellationToken ct)
    {
        var query = db.Set<ServiceEvaluation>().AsNoTracking().InScope(current);
        if (q.InstitutionId is { } institution) query = query.Where(e => e.InstitutionId == institution);
        if (q.Rating is { } rating) query = query.Where(e => e.Rating == rating);
        if (q.From is { } from) query = query.Where(e => e.ServiceDate >= from);
        if (q.To is { } to) query = query.Where(e => e.ServiceDate <= to);
        var page = await ((IOrderedQueryable<ServiceEvaluation>)query.SortBy(q.Sort, ListServiceEvaluationsValidator.Sorts)).ThenBy(e => e.Id)
            .ToPageAsync(q, ct);
        return new PagedResult<ServiceEvaluationResponse>(page.Items.Select(ServiceEvaluationResponse.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
