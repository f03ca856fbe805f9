using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Settlements;

/// <summary>Settlement statements in the caller's scope (结算单列表). Default sort <c>-createdAt</c>.</summary>
public sealed record ListSettlements : PageRequest, IQuery<PagedResult<SettlementResponse>>
{
    public Guid? BatchId { get; init; }

    public Guid? InstitutionId { get; init; }

    public SettlementStatus? Status { get; init; }
}

public sealed class ListSettlementsValidator : AbstractValidator<ListSettlements>
{
    internal static readonly SortMap<Settlement> Sorts = new SortMap<Settlement>("-createdAt")
        .Add("createdAt", s => s.CreatedAt)
        .Add("institutionName", s => s.InstitutionName)
        .Add("status", s => s.Status);

    public ListSettlementsValidator() => this.AddPagingRules(Sorts);
}

public sealed class ListSettlementsHandler(VoucherDbContext db, ICurrentUser current)
    : IQueryHandler<ListSettlements, PagedResult<SettlementResponse>>
{
    public async ValueTask<PagedResult<SettlementResponse>> Handle(ListSettlements q, CancellationToken ct)
    {
        var query = db.Set<Settlement>().AsNoTracking().InScope(DataScope.From(current));
        if (q.BatchId is { } batchId) query = query.Where(s => s.BatchId == batchId);
        if (q.InstitutionId is { } institutionId) query = query.Where(s => s.InstitutionId == institutionId);
        if (q.Status is { } status) query = query.Where(s => s.Status == status);
        var page = await query.SortBy(q.Sort, ListSettlementsValidator.Sorts).ToPageAsync(q, ct);
        var items = await SettlementResponses.BuildAsync(db, page.Items, withVouchers: false, ct);
        return new PagedResult<SettlementResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
