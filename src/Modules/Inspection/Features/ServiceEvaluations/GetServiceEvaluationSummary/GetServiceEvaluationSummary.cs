using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.ServiceEvaluations;

/// <summary>An institution's service evaluations summed up (服务评价汇总), optionally for a period of service dates.</summary>
public sealed record GetServiceEvaluationSummary(Guid InstitutionId, DateOnly? From, DateOnly? To) : IQuery<ServiceEvaluationSummaryResponse>;

public sealed class GetServiceEvaluationSummaryValidator : AbstractValidator<GetServiceEvaluationSummary>
{
    public GetServiceEvaluationSummaryValidator()
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class GetServiceEvaluationSummaryHandler(InspectionDbContext db, ICurrentUser current)
    : IQueryHandler<GetServiceEvaluationSummary, ServiceEvaluationSummaryResponse>
{
    public async ValueTask<ServiceEvaluationSummaryResponse> Handle(GetServiceEvaluationSummary q, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions && !InspectionScope.InstitutionIds(scope).Contains(q.InstitutionId))
        {
            throw new NotFoundException("Institution", q.InstitutionId.ToString());
        }

        var query = db.Set<ServiceEvaluation>().AsNoTracking().InScope(current).Where(e => e.InstitutionId == q.InstitutionId);
        if (q.From is { } from) query = query.Where(e => e.ServiceDate >= from);
        if (q.To is { } to) query = query.Where(e => e.ServiceDate <= to);
        var counts = await query.GroupBy(e => e.Rating).Select(g => new { Rating = g.Key, Count = g.Count() }).ToListAsync(ct);
        var latest = await query.OrderByDescending(e => e.ServiceDate).Select(e => (DateOnly?)e.ServiceDate).FirstOrDefaultAsync(ct);
        var byRating = Enumerable.Range(1, 5).Select(r => counts.FirstOrDefault(c => c.Rating == r)?.Count ?? 0).ToList();
        var count = byRating.Sum();
        decimal? average = count == 0 ? null : Math.Round((decimal)counts.Sum(c => c.Rating * c.Count) / count, 2, MidpointRounding.AwayFromZero);
        return new ServiceEvaluationSummaryResponse(q.InstitutionId, q.From, q.To, count, average, byRating, latest);
    }
}
