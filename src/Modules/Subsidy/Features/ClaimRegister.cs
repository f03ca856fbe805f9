using Jiafu.Shared.Errors;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features;

/// <summary>
/// Writes and removes an application's claims and the limit counters they count against. Must run inside the caller's
/// transaction: the counters are raised by a conditional update (<c>… WHERE Count + n ≤ max</c>), the claims are inserted
/// by the caller's <c>SaveChanges</c> under their unique index, so a limit or a period is never claimed twice, under any
/// concurrency.
/// </summary>
public sealed class ClaimRegister(SubsidyDbContext db)
{
    /// <summary>Raises the counters and adds the claims (saved by the caller). 409 <c>claim_limit</c> when a counter would pass its maximum.</summary>
    public async Task AddAsync(Guid applicationId, Calculation calculation, CancellationToken ct)
    {
        foreach (var use in calculation.Counters)
        {
            var raised = await db.Set<ClaimCounter>()
                .Where(c => c.ItemCode == calculation.ItemCode && c.Scope == use.Scope && c.SubjectKey == use.Subject && c.Count + use.Count <= use.Max)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + use.Count), ct);
            if (raised == 1)
            {
                continue;
            }

            var exists = await db.Set<ClaimCounter>().AnyAsync(
                c => c.ItemCode == calculation.ItemCode && c.Scope == use.Scope && c.SubjectKey == use.Subject, ct);
            if (exists || use.Count > use.Max)
            {
                throw new ConflictException(
                    $"{use.Label}: the limit of {use.Max} would be passed (claimed meanwhile by another application). {use.Label}将超过上限{use.Max}。",
                    "claim_limit");
            }

            // The first claim of the subject: a concurrent first claim fails on the counter's primary key (409 duplicate_claim).
            db.Set<ClaimCounter>().Add(new ClaimCounter { ItemCode = calculation.ItemCode, Scope = use.Scope, SubjectKey = use.Subject, Count = use.Count });
        }

        db.Set<SubsidyClaim>().AddRange(calculation.AllClaims().Select(k => new SubsidyClaim
        {
            ApplicationId = applicationId, ItemCode = calculation.ItemCode, Period = k.Period, SubjectKey = k.SubjectKey,
            CounterScope = k.CounterScope, CounterSubject = k.CounterSubject,
        }));
    }

    /// <summary>Removes the application's claims and lowers the counters they counted against (rejection, resubmission).</summary>
    public async Task ReleaseAsync(Guid applicationId, CancellationToken ct)
    {
        var uses = await db.Set<SubsidyClaim>().AsNoTracking()
            .Where(c => c.ApplicationId == applicationId && c.CounterScope != null && c.CounterSubject != null)
            .GroupBy(c => new { c.ItemCode, c.CounterScope, c.CounterSubject })
            .Select(g => new { g.Key.ItemCode, g.Key.CounterScope, g.Key.CounterSubject, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var use in uses)
        {
            await db.Set<ClaimCounter>()
                .Where(c => c.ItemCode == use.ItemCode && c.Scope == use.CounterScope && c.SubjectKey == use.CounterSubject)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count - use.Count), ct);
        }

        await db.Set<SubsidyClaim>().Where(c => c.ApplicationId == applicationId).ExecuteDeleteAsync(ct);
    }
}
