using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>The verification samples drawn from a batch, newest first.</summary>
public sealed record ListVerificationSamples(Guid BatchId) : IQuery<IReadOnlyList<SampleResponse>>;

public sealed class ListVerificationSamplesHandler(VoucherDbContext db, IOptions<DistrictOptions> district)
    : IQueryHandler<ListVerificationSamples, IReadOnlyList<SampleResponse>>
{
    public async ValueTask<IReadOnlyList<SampleResponse>> Handle(ListVerificationSamples query, CancellationToken ct)
    {
        if (!await db.Set<VoucherBatch>().AnyAsync(b => b.Id == query.BatchId, ct))
        {
            throw new NotFoundException("Voucher batch", query.BatchId.ToString());
        }

        var samples = await db.Set<VerificationSample>().AsNoTracking().Where(s => s.BatchId == query.BatchId).ToListAsync(ct);
        return await SampleResponses.BuildAsync(db, samples.OrderByDescending(s => s.DrawnAt).ToList(), district.Value, ct);
    }
}
