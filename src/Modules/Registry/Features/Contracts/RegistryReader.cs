using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Contracts;

/// <summary>The Registry's read contract for other modules: institution summaries and workers by ID hash. No data scope applied.</summary>
public sealed class RegistryReader(RegistryDbContext db, TimeProvider time) : IRegistryReader
{
    public async Task<InstitutionSummary?> FindInstitutionAsync(Guid institutionId, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct);
        if (institution is null)
        {
            return null;
        }

        var titles = await TitlesAsync([institution.Id], ct);
        return ToSummary(institution) with { Titles = titles[institution.Id].ToArray() };
    }

    public async Task<InstitutionSummary?> FindInstitutionByCreditCodeAsync(string creditCode, CancellationToken ct)
    {
        var code = Jiafu.Shared.Validation.UnifiedSocialCreditCode.Normalize(creditCode);
        if (code is null)
        {
            return null;
        }

        var id = await db.Set<Institution>().AsNoTracking().Where(i => i.CreditCode == code).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : await FindInstitutionAsync(id.Value, ct);
    }

    public async Task<IReadOnlyList<InstitutionSummary>> FindInstitutionsAsync(IReadOnlyCollection<Guid> institutionIds, CancellationToken ct)
    {
        if (institutionIds.Count == 0)
        {
            return [];
        }

        var ids = institutionIds.Distinct().ToList();
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var titles = await TitlesAsync(ids, ct);
        return institutions.Select(i => ToSummary(i) with { Titles = titles[i.Id].ToArray() }).ToList();
    }

    public async Task<IReadOnlyList<InstitutionSummary>> ListActiveInstitutionsAsync(IReadOnlyCollection<string> titles, int max, CancellationToken ct)
    {
        var query = db.Set<Institution>().AsNoTracking().Where(i => i.Status == InstitutionStatus.Recognised);
        if (titles.Count > 0)
        {
            var codes = titles.ToList();
            query = query.Where(i => db.Set<InstitutionTitle>().Any(t => t.InstitutionId == i.Id && t.WithdrawnAt == null && codes.Contains(t.Title)));
        }

        var ids = await query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(i => i.Id).Take(Math.Clamp(max, 0, 500)).ToListAsync(ct);
        return await FindInstitutionsAsync(ids, ct);
    }

    /// <summary>The titles held (not withdrawn) by each institution, by code.</summary>
    private async Task<ILookup<Guid, string>> TitlesAsync(List<Guid> institutionIds, CancellationToken ct)
    {
        var held = await db.Set<InstitutionTitle>().AsNoTracking()
            .Where(t => institutionIds.Contains(t.InstitutionId) && t.WithdrawnAt == null)
            .Select(t => new { t.InstitutionId, t.Title })
            .ToListAsync(ct);
        return held.DistinctBy(t => (t.InstitutionId, t.Title)).ToLookup(t => t.InstitutionId, t => t.Title);
    }

    public async Task<IReadOnlyList<InstitutionSummary>> ListActiveInstitutionsAsync(string? businessFormat, CancellationToken ct)
    {
        var query = db.Set<Institution>().AsNoTracking().Where(i => i.Status == InstitutionStatus.Recognised);
        if (!string.IsNullOrWhiteSpace(businessFormat))
        {
            // The formats are one space-separated column: match a whole code, padded with spaces.
            var padded = " " + businessFormat.Trim() + " ";
            query = query.Where(i => (" " + (string)(object)i.BusinessFormats + " ").Contains(padded));
        }

        var institutions = await query.OrderBy(i => i.Name).ToListAsync(ct);
        return institutions.Select(ToSummary).ToList();
    }

    public async Task<IReadOnlyList<ServicePointSummary>> ListActiveServicePointsAsync(CancellationToken ct) =>
        (await db.Set<ServicePoint>().AsNoTracking().Where(p => p.Status == InstitutionStatus.Recognised).OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => new ServicePointSummary(p.Id, p.Name, p.Kind.ToString(), p.InstitutionId, p.StreetCode))
            .ToList();

    public async Task<WorkerSummary?> FindWorkerByIdHashAsync(string idNumberHash, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(idNumberHash))
        {
            return null;
        }

        return await db.Set<Worker>().AsNoTracking()
            .Where(w => w.IdNumberHash == idNumberHash)
            .Select(w => new WorkerSummary(w.Id, w.Name, w.IdNumberMasked, w.InstitutionId, w.StreetCode, w.EmploymentType.ToString()) { IsRevoked = w.IsRevoked })
            .FirstOrDefaultAsync(ct);
    }

    public Task<WorkerSummary?> FindWorkerOfInstitutionAsync(Guid workerId, Guid institutionId, CancellationToken ct) =>
        db.Set<Worker>().AsNoTracking()
            .Where(w => w.Id == workerId
                && (w.InstitutionId == institutionId || db.Set<WorkerEmployment>().Any(e => e.WorkerId == w.Id && e.InstitutionId == institutionId)))
            .Select(w => new WorkerSummary(w.Id, w.Name, w.IdNumberMasked, w.InstitutionId, w.StreetCode, w.EmploymentType.ToString()) { IsRevoked = w.IsRevoked })
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<string, WorkerSummary>> FindWorkersByIdHashesAsync(IReadOnlyCollection<string> idNumberHashes, CancellationToken ct)
    {
        var hashes = idNumberHashes.Where(h => !string.IsNullOrEmpty(h)).Distinct().ToList();
        if (hashes.Count == 0)
        {
            return new Dictionary<string, WorkerSummary>();
        }

        var rows = await db.Set<Worker>().AsNoTracking()
            .Where(w => hashes.Contains(w.IdNumberHash))
            .Select(w => new { w.IdNumberHash, Summary = new WorkerSummary(w.Id, w.Name, w.IdNumberMasked, w.InstitutionId, w.StreetCode, w.EmploymentType.ToString()) { IsRevoked = w.IsRevoked } })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.IdNumberHash).ToDictionary(g => g.Key, g => g.First().Summary);
    }

    private InstitutionSummary ToSummary(Institution i) => new(
        i.Id, i.Name, i.CreditCode, i.StreetCode, i.Status.ToString(), i.IsActive, IsEmployeeBased(i), i.BusinessFormats.ToArray());

    /// <summary>Employee-based only while the filing is valid: the flag may outlive the expiry date until the expiry job runs.</summary>
    private bool IsEmployeeBased(Institution i)
    {
        if (!i.IsEmployeeBased)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        return i.EmployeeBasedUntil is null || i.EmployeeBasedUntil >= today;
    }
}
