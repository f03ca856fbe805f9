using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Performance;

/// <summary>A year's ranking (绩效排名) by rank; institutions see only their own line.</summary>
public sealed record GetPerformanceRanking : PageRequest, IQuery<PerformanceRankingResponse>
{
    public int Year { get; init; }

    /// <summary>Only the top group (优秀).</summary>
    public bool? Excellent { get; init; }

    public string? StreetCode { get; init; }

    public Guid? InstitutionId { get; init; }

    public string? Search { get; init; }
}

public sealed class GetPerformanceRankingValidator : AbstractValidator<GetPerformanceRanking>
{
    internal static readonly SortMap<PerformanceResult> Sorts = new SortMap<PerformanceResult>("rank")
        .Add("rank", r => r.Rank).Add("institutionName", r => r.InstitutionName);

    public GetPerformanceRankingValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Search).MaximumLength(50);
    }
}

public sealed class GetPerformanceRankingHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<GetPerformanceRanking, PerformanceRankingResponse>
{
    public async ValueTask<PerformanceRankingResponse> Handle(GetPerformanceRanking q, CancellationToken ct)
    {
        var run = await db.Set<PerformanceRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Year == q.Year, ct)
            ?? throw new NotFoundException("PerformanceEvaluation", q.Year.ToString());
        var query = db.Set<PerformanceResult>().AsNoTracking().Where(r => r.Year == q.Year);
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            var ids = InspectionScope.InstitutionIds(scope);
            query = query.Where(r => ids.Contains(r.InstitutionId));
        }

        if (q.Excellent is { } excellent) query = query.Where(r => r.Excellent == excellent);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(r => r.StreetCode == q.StreetCode);
        if (q.InstitutionId is { } institution) query = query.Where(r => r.InstitutionId == institution);
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(r => r.InstitutionName.Contains(q.Search.Trim()));
        var page = await ((IOrderedQueryable<PerformanceResult>)query.SortBy(q.Sort, GetPerformanceRankingValidator.Sorts))
            .ThenBy(r => r.InstitutionName).ThenBy(r => r.InstitutionId).ToPageAsync(q, ct);
        return new PerformanceRankingResponse(PerformanceRunResponse.From(run), page.Items.Select(PerformanceResultResponse.From).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
