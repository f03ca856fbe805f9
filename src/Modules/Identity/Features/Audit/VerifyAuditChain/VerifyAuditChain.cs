using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Audit;

/// <summary>Check the audit trail's hash chain end to end (审计日志完整性校验).</summary>
public sealed record VerifyAuditChain : IQuery<AuditChainVerification>;

/// <param name="Valid">True when every entry's hash and link are intact and sequence numbers have no gap.</param>
/// <param name="FirstBrokenSequence">The first entry that fails, when not valid.</param>
public sealed record AuditChainVerification(bool Valid, long CheckedEntries, long? FirstBrokenSequence, string? Problem, string? HeadHash);

public sealed class VerifyAuditChainHandler(IdentityModuleDbContext db) : IQueryHandler<VerifyAuditChain, AuditChainVerification>
{
    public async ValueTask<AuditChainVerification> Handle(VerifyAuditChain query, CancellationToken ct)
    {
        long expectedSequence = 1;
        var previousHash = AuditEntry.GenesisHash;
        long checkedEntries = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = entry.Sequence != expectedSequence ? $"sequence gap: expected {expectedSequence}"
                : entry.PreviousHash != previousHash ? "link to the previous entry does not match"
                : entry.Hash != entry.ComputeHash() ? "content does not match its hash"
                : null;
            if (problem is not null)
            {
                return new AuditChainVerification(false, checkedEntries, entry.Sequence, problem, null);
            }

            checkedEntries++;
            expectedSequence++;
            previousHash = entry.Hash;
        }

        return new AuditChainVerification(true, checkedEntries, null, null, checkedEntries == 0 ? null : previousHash);
    }
}
