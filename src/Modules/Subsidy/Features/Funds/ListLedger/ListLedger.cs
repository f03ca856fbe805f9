using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Funds;

/// <summary>The year's ledger (资金台账), oldest first by default; filter by item or application.</summary>
public sealed record ListLedger : PageRequest, IQuery<PagedResult<LedgerEntryResponse>>
{
    public int Year { get; init; }

    public string? ItemCode { get; init; }

    public Guid? ApplicationId { get; init; }
}

public sealed class ListLedgerValidator : AbstractValidator<ListLedger>
{
    internal static readonly SortMap<LedgerEntry> Sorts = new SortMap<LedgerEntry>("id").Add("id", e => e.Id).Add("amount", e => e.AmountFen);

    public ListLedgerValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.ItemCode).MaximumLength(40);
    }
}

public sealed class ListLedgerHandler(SubsidyDbContext db) : IQueryHandler<ListLedger, PagedResult<LedgerEntryResponse>>
{
    public async ValueTask<PagedResult<LedgerEntryResponse>> Handle(ListLedger q, CancellationToken ct)
    {
        var query = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Year == q.Year);
        if (!string.IsNullOrWhiteSpace(q.ItemCode)) query = query.Where(e => e.ItemCode == q.ItemCode.Trim());
        if (q.ApplicationId is { } applicationId) query = query.Where(e => e.ApplicationId == applicationId);
        var page = await query.SortBy(q.Sort, ListLedgerValidator.Sorts).ToPageAsync(q, ct);
        return new PagedResult<LedgerEntryResponse>(
            page.Items.Select(e => new LedgerEntryResponse(e.Id, e.Year, e.ItemCode, e.Kind, SubsidyRules.ToYuan(e.AmountFen), e.ApplicationId, e.Note, e.Actor, e.At)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
