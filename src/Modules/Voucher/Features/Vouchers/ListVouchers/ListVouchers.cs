using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Vouchers in the caller's scope (券列表; an institution's service queue). Default sort <c>-issuedAt</c>.</summary>
public sealed record ListVouchers : PageRequest, IQuery<PagedResult<VoucherResponse>>
{
    public Guid? BatchId { get; init; }

    /// <summary>One status, or several separated by commas (e.g. <c>InstitutionSelected,Scheduled</c> for a service queue).</summary>
    public string? Status { get; init; }

    public Guid? InstitutionId { get; init; }

    public string? StreetCode { get; init; }

    /// <summary>The beginning of the code (hyphens ignored).</summary>
    public string? Code { get; init; }

    /// <summary>Only vouchers not yet in a settlement statement.</summary>
    public bool? Unsettled { get; init; }
}

public sealed class ListVouchersValidator : AbstractValidator<ListVouchers>
{
    internal static readonly SortMap<EmploymentVoucher> Sorts = new SortMap<EmploymentVoucher>("-issuedAt")
        .Add("issuedAt", v => v.IssuedAt)
        .Add("updatedAt", v => v.UpdatedAt)
        .Add("code", v => v.Code)
        .Add("status", v => v.Status)
        .Add("scheduledFor", v => v.ScheduledFor);

    public ListVouchersValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Status)
            .Must(s => s!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(p => Enum.TryParse<VoucherStatus>(p, out _)))
            .When(x => !string.IsNullOrWhiteSpace(x.Status))
            .WithMessage("Unknown status. 状态无效。");
        RuleFor(x => x.Code).MaximumLength(20);
        RuleFor(x => x.StreetCode).MaximumLength(12);
    }
}

public sealed class ListVouchersHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<ListVouchers, PagedResult<VoucherResponse>>
{
    public async ValueTask<PagedResult<VoucherResponse>> Handle(ListVouchers q, CancellationToken ct)
    {
        var query = db.Set<EmploymentVoucher>().AsNoTracking().InScope(DataScope.From(current));
        if (q.BatchId is { } batchId) query = query.Where(v => v.BatchId == batchId);
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            var states = q.Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Enum.Parse<VoucherStatus>).ToList();
            query = query.Where(v => states.Contains(v.Status));
        }

        if (q.InstitutionId is { } institutionId) query = query.Where(v => v.InstitutionId == institutionId);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(v => v.StreetCode == q.StreetCode.Trim());
        if (VoucherCode.Normalize(q.Code) is { } code) query = query.Where(v => v.Code.StartsWith(code));
        if (q.Unsettled == true) query = query.Where(v => v.SettlementId == null);
        var page = await query.SortBy(q.Sort, ListVouchersValidator.Sorts).ToPageAsync(q, ct);
        var items = await VoucherResponses.BuildAsync(db, page.Items, district.Value, withTimeline: false, ct);
        return new PagedResult<VoucherResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
