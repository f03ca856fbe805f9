using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Applications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Evidence;

/// <summary>The evidence files of an application (申报材料列表), oldest first; 404 outside the caller's scope.</summary>
public sealed record ListEvidence(Guid ApplicationId) : IQuery<IReadOnlyList<EvidenceFileResponse>>;

public sealed class ListEvidenceHandler(SubsidyDbContext db, ICurrentUser current) : IQueryHandler<ListEvidence, IReadOnlyList<EvidenceFileResponse>>
{
    public async ValueTask<IReadOnlyList<EvidenceFileResponse>> Handle(ListEvidence query, CancellationToken ct)
    {
        await SubsidyApplicationResponses.EnsureVisibleAsync(db, query.ApplicationId, current, ct);
        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.ApplicationId == query.ApplicationId)
            .OrderBy(f => f.UploadedAt).ThenBy(f => f.Id).ToListAsync(ct);
        return files.Select(EvidenceFileResponse.From).ToList();
    }
}
