using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>One voucher with its timeline (券详情); 404 outside the caller's scope.</summary>
public sealed record GetVoucher(Guid Id) : IQuery<VoucherResponse>;

public sealed class GetVoucherHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<GetVoucher, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(GetVoucher query, CancellationToken ct)
    {
        var voucher = await VoucherResponses.FindVisibleAsync(db, query.Id, current, ct);
        return (await VoucherResponses.BuildAsync(db, [voucher], district.Value, withTimeline: true, ct))[0];
    }
}
