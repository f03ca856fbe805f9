using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Mediator;

namespace Jiafu.Voucher.Features.Settlements;

/// <summary>One settlement statement with its vouchers (结算单详情).</summary>
public sealed record GetSettlement(Guid Id) : IQuery<SettlementResponse>;

public sealed class GetSettlementHandler(VoucherDbContext db, ICurrentUser current) : IQueryHandler<GetSettlement, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(GetSettlement query, CancellationToken ct)
    {
        var settlement = await SettlementResponses.FindVisibleAsync(db, query.Id, current, ct);
        return (await SettlementResponses.BuildAsync(db, [settlement], withVouchers: true, ct))[0];
    }
}
