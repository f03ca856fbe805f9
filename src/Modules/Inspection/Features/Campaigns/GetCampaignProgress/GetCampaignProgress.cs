using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Campaigns;

/// <summary>Campaign progress by street and status (年检进度): the caller's visible tasks only.</summary>
public sealed record GetCampaignProgress(Guid Id) : IQuery<CampaignProgressResponse>;

/// <param name="Done">Tasks with an outcome (all but Pending).</param>
public sealed record CampaignProgressResponse(Guid CampaignId, int Total, int Done, StatusCounts Counts, IReadOnlyList<StreetProgress> Streets);

public sealed record StreetProgress(string StreetCode, string StreetName, int Total, StatusCounts Counts);

public sealed class GetCampaignProgressHandler(InspectionDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<GetCampaignProgress, CampaignProgressResponse>
{
    public async ValueTask<CampaignProgressResponse> Handle(GetCampaignProgress query, CancellationToken ct)
    {
        await CampaignAccess.FindVisibleAsync(db, current, query.Id, ct);
        var rows = await db.Set<InspectionTask>().AsNoTracking().InScope(current).Where(t => t.CampaignId == query.Id)
            .GroupBy(t => new { t.StreetCode, t.Status }).Select(g => new { g.Key.StreetCode, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var streets = rows.GroupBy(r => r.StreetCode).OrderBy(g => g.Key).Select(g => new StreetProgress(
            g.Key, district.Value.EffectiveStreets.FirstOrDefault(s => s.Code == g.Key)?.Name ?? g.Key, g.Sum(r => r.Count),
            StatusCounts.From(g.Select(r => (r.Status, r.Count))))).ToList();
        var total = rows.Sum(r => r.Count);
        return new CampaignProgressResponse(query.Id, total, total - rows.Where(r => r.Status == InspectionTaskStatus.Pending).Sum(r => r.Count),
            StatusCounts.From(rows.Select(r => (r.Status, r.Count))), streets);
    }
}
