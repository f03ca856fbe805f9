using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>A plan with its seed, pool, drawn checks and recusal log. District roles (the pool's conflicts are internal).</summary>
public sealed record GetSpotCheckPlan(Guid Id) : IQuery<SpotCheckPlanResponse>;

public sealed class GetSpotCheckPlanHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<GetSpotCheckPlan, SpotCheckPlanResponse>
{
    public async ValueTask<SpotCheckPlanResponse> Handle(GetSpotCheckPlan query, CancellationToken ct)
    {
        SpotCheckPlanAccess.EnsureDistrict(current);
        var plan = await db.Set<SpotCheckPlan>().AsNoTracking().Include(p => p.Pool).FirstOrDefaultAsync(p => p.Id == query.Id, ct)
            ?? throw new NotFoundException("SpotCheckPlan", query.Id.ToString());
        var checks = await db.Set<SpotCheck>().AsNoTracking().Include(c => c.Inspectors).Where(c => c.PlanId == plan.Id)
            .OrderBy(c => c.CreditClass).ThenBy(c => c.Rank).ToListAsync(ct);
        var log = await db.Set<DrawLogEntry>().AsNoTracking().Where(l => l.PlanId == plan.Id).ToListAsync(ct);
        return SpotCheckResponses.From(plan, checks, log);
    }
}

internal static class SpotCheckPlanAccess
{
    public static void EnsureDistrict(ICurrentUser current)
    {
        if (!current.SeesAllCampaigns())
        {
            throw new ForbiddenException("Draw plans are for district roles; inspectors see their checks. 抽查计划仅区级人员可查看。");
        }
    }
}
