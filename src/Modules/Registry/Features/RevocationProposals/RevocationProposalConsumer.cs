using Jiafu.Contracts.Inspection;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.RevocationProposals;

/// <summary>
/// Turns a failed annual inspection (<see cref="InstitutionInspectionFailed"/>) into a pending revocation proposal. Idempotent twice
/// over: the event id goes into the Registry inbox in the same save, and the proposal's task id is unique.
/// </summary>
public sealed class RevocationProposalConsumer(RegistryDbContext db, TimeProvider time) : IIntegrationEventHandler<InstitutionInspectionFailed>
{
    private const string Consumer = "registry.revocation-proposals";

    public async Task HandleAsync(InstitutionInspectionFailed e, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!await db.TryRecordInboxAsync(e.Id, Consumer, now, ct))
        {
            return;
        }

        if (await db.Set<RevocationProposal>().AnyAsync(p => p.InspectionTaskId == e.TaskId, ct))
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        db.Set<RevocationProposal>().Add(new RevocationProposal
        {
            InstitutionId = e.InstitutionId,
            InstitutionName = e.InstitutionName.Length > 200 ? e.InstitutionName[..200] : e.InstitutionName,
            InspectionTaskId = e.TaskId,
            CampaignId = e.CampaignId,
            Year = e.Year,
            Score = e.Score,
            Findings = e.Findings.Length > 2000 ? e.Findings[..2000] : e.Findings,
            CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // A concurrent delivery of the same event (or of the same task) won; its proposal stands.
            db.ChangeTracker.Clear();
        }
    }
}
