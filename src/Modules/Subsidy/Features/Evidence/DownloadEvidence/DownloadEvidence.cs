using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Applications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Evidence;

/// <summary>An evidence file's record and where its bytes are.</summary>
public sealed record EvidenceDownload(EvidenceFileResponse File, string Path);

/// <summary>Download an evidence file (下载申报材料); 404 outside the caller's scope or when it is not the application's.</summary>
public sealed record DownloadEvidence(Guid ApplicationId, Guid FileId) : IQuery<EvidenceDownload>;

public sealed class DownloadEvidenceHandler(SubsidyDbContext db, EvidenceStore store, ICurrentUser current) : IQueryHandler<DownloadEvidence, EvidenceDownload>
{
    public async ValueTask<EvidenceDownload> Handle(DownloadEvidence query, CancellationToken ct)
    {
        await SubsidyApplicationResponses.EnsureVisibleAsync(db, query.ApplicationId, current, ct);
        var file = await db.Set<EvidenceFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FileId && f.ApplicationId == query.ApplicationId, ct)
            ?? throw new NotFoundException("Evidence file", query.FileId.ToString());
        var path = store.PathOf(file.Id);
        if (!System.IO.File.Exists(path))
        {
            throw new NotFoundException("Evidence file content", query.FileId.ToString());
        }

        return new EvidenceDownload(EvidenceFileResponse.From(file), path);
    }
}
