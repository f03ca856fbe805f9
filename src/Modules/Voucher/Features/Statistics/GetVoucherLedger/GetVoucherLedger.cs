using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Statistics;

/// <summary>
/// The voucher work ledger (促进就业券发放使用台账) on screen: the vouchers issued in the period, oldest first, paged — the same
/// rows as <see cref="ExportVoucherLedger"/>, within the caller's scope, optionally one street.
/// </summary>
public sealed record GetVoucherLedger : LedgerRequest, IQuery<PagedResult<VoucherLedgerRow>>;

public sealed class GetVoucherLedgerValidator : AbstractValidator<GetVoucherLedger>
{
    public GetVoucherLedgerValidator() => this.AddLedgerRules();
}

public sealed class GetVoucherLedgerHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<VoucherOptions> options)
    : IQueryHandler<GetVoucherLedger, PagedResult<VoucherLedgerRow>>
{
    public async ValueTask<PagedResult<VoucherLedgerRow>> Handle(GetVoucherLedger q, CancellationToken ct)
    {
        var period = q.Period;
        var (from, end) = (period.FromInstant, period.ToInstant);
        var query = db.Set<EmploymentVoucher>().AsNoTracking().InScope(DataScope.From(current)).Where(v => v.IssuedAt >= from && v.IssuedAt < end);
        if (q.StreetFilter(current) is { } street) query = query.Where(v => v.StreetCode == street);
        var page = await query.OrderBy(v => v.IssuedAt).ThenBy(v => v.Code).ToPageAsync(q, ct);
        var applicationIds = page.Items.Select(v => v.ApplicationId).ToList();
        var groupsOf = await db.Set<VoucherApplication>().AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Group, ct);
        var streets = district.Value.EffectiveStreets.ToDictionary(s => s.Code, s => s.Name);
        var groups = options.Value.EffectiveGroups.ToDictionary(g => g.Code, g => g.Name);
        var first = WorkLedger.FirstNumber(q);
        return new PagedResult<VoucherLedgerRow>(
            page.Items.Select((v, i) => ExportVoucherLedgerHandler.ToRow(first + i, v, groupsOf.GetValueOrDefault(v.ApplicationId), streets, groups)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
