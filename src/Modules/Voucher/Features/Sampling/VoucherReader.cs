using Jiafu.Contracts.Voucher;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Sampling;

/// <summary>Verified voucher services of a year for sampling (抽查对象): voucher id and code, institution, street, value, date; no personal data.</summary>
public sealed class VoucherReader(VoucherDbContext db) : IVoucherReader
{
    public async Task<IReadOnlyList<VerifiedVoucherService>> ListVerifiedServicesAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Set<EmploymentVoucher>().AsNoTracking()
            .Where(v => v.VerificationResult == VerificationResult.Confirmed
                && (v.Status == VoucherStatus.Verified || v.Status == VoucherStatus.Reimbursed)
                && v.InstitutionId != null && v.ServiceDate != null && v.ServiceDate >= from && v.ServiceDate <= to)
            .Select(v => new { v.Id, v.Code, v.InstitutionId, v.InstitutionName, v.StreetCode, v.FaceValueFen, v.ServiceDate, v.Status })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Id)
            .Select(r => new VerifiedVoucherService(
                r.Id, r.Code, r.InstitutionId!.Value, r.InstitutionName ?? "", r.StreetCode, r.FaceValueFen / 100m, r.ServiceDate!.Value, r.Status.ToString()))
            .ToList();
    }

    public async Task<VoucherInstitution?> FindInstitutionOfVoucherAsync(Guid voucherId, CancellationToken ct)
    {
        var row = await db.Set<EmploymentVoucher>().AsNoTracking().Where(v => v.Id == voucherId && v.InstitutionId != null)
            .Select(v => new { v.InstitutionId, v.InstitutionName }).FirstOrDefaultAsync(ct);
        return row is null ? null : new VoucherInstitution(row.InstitutionId!.Value, row.InstitutionName ?? "");
    }
}
