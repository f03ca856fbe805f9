using Jiafu.Contracts.Inspection;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Contracts;

/// <summary>The Inspection module's read contract: integrity standings per institution. No data scope applied.</summary>
public sealed class InspectionReader(InspectionDbContext db, IOptions<InspectionOptions> options, TimeProvider time) : IInspectionReader
{
    public async Task<IReadOnlyDictionary<Guid, IntegrityStanding>> GetStandingsAsync(IReadOnlyCollection<Guid> institutionIds, CancellationToken ct)
    {
        var ids = institutionIds.Distinct().ToList();
        var profiles = ids.Count == 0
            ? []
            : await db.Set<IntegrityProfile>().AsNoTracking().Where(p => ids.Contains(p.InstitutionId)).ToListAsync(ct);
        var empty = CreditRule.Evaluate([], options.Value.Credit, time.Today());
        var found = profiles.ToDictionary(p => p.InstitutionId);
        var latestYear = ids.Count == 0 ? null : await db.Set<PerformanceRun>().MaxAsync(r => (int?)r.Year, ct);
        var excellent = latestYear is not { } year
            ? []
            : (await db.Set<PerformanceResult>().AsNoTracking().Where(r => r.Year == year && r.Excellent && ids.Contains(r.InstitutionId))
                .Select(r => r.InstitutionId).ToListAsync(ct)).ToHashSet();
        return ids.ToDictionary(id => id, id => found.TryGetValue(id, out var p)
            ? new IntegrityStanding(id, p.CreditClass.ToString(), p.Score, p.RedList, p.BlackList, excellent.Contains(id))
            : new IntegrityStanding(id, empty.CreditClass.ToString(), empty.Score, empty.RedList, empty.BlackList, excellent.Contains(id)));
    }

    public Task<bool> IsExcellentAsync(Guid institutionId, int year, CancellationToken ct) =>
        db.Set<PerformanceResult>().AnyAsync(r => r.Year == year && r.InstitutionId == institutionId && r.Excellent, ct);
}
