using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Batches;

/// <summary>One batch with its figures (批次详情).</summary>
public sealed record GetBatch(Guid Id) : IQuery<BatchResponse>;

public sealed class GetBatchHandler(VoucherDbContext db, IOptions<DistrictOptions> district) : IQueryHandler<GetBatch, BatchResponse>
{
    public async ValueTask<BatchResponse> Handle(GetBatch query, CancellationToken ct)
    {
        var batch = await db.Set<VoucherBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == query.Id, ct)
            ?? throw new NotFoundException("Voucher batch", query.Id.ToString());
        return (await BatchResponses.BuildAsync(db, [batch], district.Value, ct))[0];
    }
}
