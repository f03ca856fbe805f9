using Jiafu.Shared.Idempotency.Data;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Shared.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>This request owns the key: run the handler, then complete or release the claim.</summary>
    Claimed,

    /// <summary>The key was completed by an identical request: return its stored response.</summary>
    Replay,

    /// <summary>An identical request holding the key is still running.</summary>
    InFlight,

    /// <summary>The key was used for a different request (method, path, query or body).</summary>
    Mismatch,
}

public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, Guid ClaimId, IdempotencyRecord? Stored = null);

/// <summary>Claims, completes and releases idempotency keys; the unique index on (caller, key) decides races.</summary>
public sealed class IdempotencyStore(IdempotencyDbContext db, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    public async Task<IdempotencyClaim> ClaimAsync(string caller, string key, string requestHash, string method, string path, CancellationToken ct)
    {
        // A few rounds: an expired key is removed and claimed again; a key released by a failed request is claimed again.
        // Looked up first so the common repeat does not fail an insert; the insert and its unique index decide races.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Caller == caller && r.Key == key, ct);
            if (existing is null)
            {
                var record = new IdempotencyRecord(caller, key, requestHash, method, path, now, options.Value.Retention);
                db.Records.Add(record);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, record.Id);
                }
                catch (DbUpdateException ex) when (ex.IsUniqueViolation())
                {
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            if (existing.ExpiresAt <= now)
            {
                await db.Records.Where(r => r.Id == existing.Id && r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
                continue;
            }

            if (!string.Equals(existing.RequestHash, requestHash, StringComparison.Ordinal))
            {
                return new IdempotencyClaim(IdempotencyClaimOutcome.Mismatch, existing.Id);
            }

            return existing.State == IdempotencyState.Completed
                ? new IdempotencyClaim(IdempotencyClaimOutcome.Replay, existing.Id, existing)
                : new IdempotencyClaim(IdempotencyClaimOutcome.InFlight, existing.Id);
        }

        return new IdempotencyClaim(IdempotencyClaimOutcome.InFlight, Guid.Empty);
    }

    /// <summary>Stores the first response under a claimed key.</summary>
    public Task CompleteAsync(Guid claimId, int statusCode, string? contentType, string? location, string? etag, byte[] body)
    {
        var now = time.GetUtcNow();
        return db.Records.Where(r => r.Id == claimId && r.State == IdempotencyState.InFlight).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, IdempotencyState.Completed)
            .SetProperty(r => r.CompletedAt, now)
            .SetProperty(r => r.StatusCode, statusCode)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.ETag, etag)
            .SetProperty(r => r.ResponseBody, body), CancellationToken.None);
    }

    /// <summary>Frees a claimed key whose response is not kept (a 5xx, 409, 429 or a failure): a retry runs again.</summary>
    public Task ReleaseAsync(Guid claimId) =>
        db.Records.Where(r => r.Id == claimId && r.State == IdempotencyState.InFlight).ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>Deletes expired keys; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.Records.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }
}
