using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Batches;

/// <summary>List voucher batches with their progress (发放批次列表). Default sort <c>-createdAt</c>.</summary>
public sealed record ListBatches : PageRequest, IQuery<PagedResult<BatchResponse>>
{
    public int? Year { get; init; }
}

public sealed class ListBatchesValidator : AbstractValidator<ListBatches>
{
    internal static readonly SortMap<VoucherBatch> Sorts = new SortMap<VoucherBatch>("-createdAt")
        .Add("createdAt", b => b.CreatedAt)
        .Add("name", b => b.Name)
        .Add("year", b => b.Year);

    public ListBatchesValidator() => this.AddPagingRules(Sorts);
}

public sealed class ListBatchesHandler(VoucherDbContext db, IOptions<DistrictOptions> district)
    : IQueryHandler<ListBatches, PagedResult<BatchResponse>>
{
    public async ValueTask<PagedResult<BatchResponse>> Handle(ListBatches q, CancellationToken ct)
    {
        var query = db.Set<VoucherBatch>().AsNoTracking();
        if (q.Year is { } year) query = query.Where(b => b.Year == year);
        var page = await query.SortBy(q.Sort, ListBatchesValidator.Sorts).ToPageAsync(q, ct);
        var items = await BatchResponses.BuildAsync(db, page.Items, district.Value, ct);
        return new PagedResult<BatchResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
