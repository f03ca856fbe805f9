using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Campaigns;

/// <summary>One campaign with its counts.</summary>
public sealed record GetCampaign(Guid Id) : IQuery<CampaignResponse>;

public sealed class GetCampaignHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<GetCampaign, CampaignResponse>
{
    public async ValueTask<CampaignResponse> Handle(GetCampaign query, CancellationToken ct)
    {
        var campaign = await CampaignAccess.FindVisibleAsync(db, current, query.Id, ct);
        return (await CampaignResponses.BuildAsync(db, [campaign], ct))[0];
    }
}

internal static class CampaignAccess
{
    public static async Task<Campaign> FindVisibleAsync(InspectionDbContext db, ICurrentUser current, Guid id, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || (!current.SeesAllCampaigns() && !await db.Set<InspectionTask>().InScope(current).AnyAsync(t => t.CampaignId == id, ct)))
        {
            throw new NotFoundException("Campaign", id.ToString());
        }

        return campaign;
    }
}
