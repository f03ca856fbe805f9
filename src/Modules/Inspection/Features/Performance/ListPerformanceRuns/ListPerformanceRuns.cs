using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Performance;

/// <summary>The evaluated years (绩效考评年度), newest first.</summary>
public sealed record ListPerformanceRuns : IQuery<IReadOnlyList<PerformanceRunResponse>>;

public sealed class ListPerformanceRunsHandler(InspectionDbContext db) : IQueryHandler<ListPerformanceRuns, IReadOnlyList<PerformanceRunResponse>>
{
    public async ValueTask<IReadOnlyList<PerformanceRunResponse>> Handle(ListPerformanceRuns q, CancellationToken ct) =>
        (await db.Set<PerformanceRun>().AsNoTracking().OrderByDescending(r => r.Year).ToListAsync(ct)).Select(PerformanceRunResponse.From).ToList();
}
