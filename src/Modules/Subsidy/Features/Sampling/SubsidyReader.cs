using Jiafu.Contracts.Subsidy;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Sampling;

/// <summary>Approved and paid applications of a year for sampling (抽查对象): ids, institution, street, item, amount, dates; no personal data.</summary>
public sealed class SubsidyReader(SubsidyDbContext db) : ISubsidyReader
{
    public async Task<IReadOnlyList<DecidedApplication>> ListApprovedOrPaidAsync(int year, CancellationToken ct)
    {
        var rows = await db.Set<SubsidyApplication>().AsNoTracking()
            .Where(a => a.Year == year && (a.Status == SubsidyApplicationStatus.Approved || a.Status == SubsidyApplicationStatus.Paid))
            .Select(a => new
            {
                a.Id, a.InstitutionId, a.InstitutionName, a.StreetCode, a.ItemCode, a.AmountFen, a.Status, a.PaidOn,
                Decided = a.Reviews.Where(r => r.ToStatus == SubsidyApplicationStatus.Approved).Select(r => r.At).ToList(),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Id)
            .Select(r => new DecidedApplication(
                r.Id, r.InstitutionId, r.InstitutionName, r.StreetCode, r.ItemCode, r.AmountFen / 100m, r.Status.ToString(),
                r.Decided.Count == 0 ? null : r.Decided.Max(), r.PaidOn))
            .ToList();
    }

    public async Task<ApplicationInstitution?> FindInstitutionOfApplicationAsync(Guid applicationId, CancellationToken ct) =>
        await db.Set<SubsidyApplication>().AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new ApplicationInstitution(a.InstitutionId, a.InstitutionName)).FirstOrDefaultAsync(ct);
}
