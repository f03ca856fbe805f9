using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Campaigns;

/// <summary>An annual inspection campaign (年检复核) with its task counts by status.</summary>
/// <param name="TemplateName">Name and version of the checklist used.</param>
public sealed record CampaignResponse(
    Guid Id, int Year, InspectionObjectType ObjectType, string Name, Guid TemplateId, string TemplateName, int TaskCount,
    StatusCounts Counts, DateTimeOffset CreatedAt);

/// <summary>Tasks by status: 待检查, 合格, 限期整改, 不合格, 逾期未整改.</summary>
public sealed record StatusCounts(int Pending, int Passed, int Rectify, int Failed, int Escalated)
{
    public static StatusCounts From(IEnumerable<(InspectionTaskStatus Status, int Count)> rows)
    {
        var d = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        int Of(InspectionTaskStatus s) => d.GetValueOrDefault(s);
        return new StatusCounts(Of(InspectionTaskStatus.Pending), Of(InspectionTaskStatus.Passed), Of(InspectionTaskStatus.Rectify),
            Of(InspectionTaskStatus.Failed), Of(InspectionTaskStatus.Escalated));
    }
}

internal static class CampaignResponses
{
    public static async Task<List<CampaignResponse>> BuildAsync(InspectionDbContext db, IReadOnlyList<Campaign> campaigns, CancellationToken ct)
    {
        var ids = campaigns.Select(c => c.Id).ToList();
        var templateIds = campaigns.Select(c => c.TemplateId).Distinct().ToList();
        var templates = await db.Set<ChecklistTemplate>().AsNoTracking().Where(t => templateIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => $"{t.Name} v{t.VersionNumber}", ct);
        var counts = (await db.Set<InspectionTask>().AsNoTracking().Where(t => ids.Contains(t.CampaignId))
            .GroupBy(t => new { t.CampaignId, t.Status }).Select(g => new { g.Key.CampaignId, g.Key.Status, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(r => r.CampaignId);
        return campaigns.Select(c => new CampaignResponse(
            c.Id, c.Year, c.ObjectType, c.Name, c.TemplateId, templates.GetValueOrDefault(c.TemplateId, ""), c.TaskCount,
            StatusCounts.From(counts[c.Id].Select(r => (r.Status, r.Count))), c.CreatedAt)).ToList();
    }
}
