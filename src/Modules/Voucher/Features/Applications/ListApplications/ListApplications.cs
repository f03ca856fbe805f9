using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>Declarations in the caller's scope (申报列表 / 审核队列). Default sort <c>createdAt</c> (oldest first).</summary>
public sealed record ListApplications : PageRequest, IQuery<PagedResult<ApplicationResponse>>
{
    public Guid? BatchId { get; init; }

    public ApplicationStatus? Status { get; init; }

    public string? StreetCode { get; init; }

    public string? Group { get; init; }

    /// <summary>Part of the applicant's name.</summary>
    public string? Search { get; init; }
}

public sealed class ListApplicationsValidator : AbstractValidator<ListApplications>
{
    internal static readonly SortMap<VoucherApplication> Sorts = new SortMap<VoucherApplication>("createdAt")
        .Add("createdAt", a => a.CreatedAt)
        .Add("applicantName", a => a.ApplicantName)
        .Add("status", a => a.Status)
        .Add("streetCode", a => a.StreetCode);

    public ListApplicationsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Search).MaximumLength(50);
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Group).MaximumLength(50);
    }
}

public sealed class ListApplicationsHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<ListApplications, PagedResult<ApplicationResponse>>
{
    public async ValueTask<PagedResult<ApplicationResponse>> Handle(ListApplications q, CancellationToken ct)
    {
        var query = db.Set<VoucherApplication>().AsNoTracking().InScope(DataScope.From(current), current);
        if (q.BatchId is { } batchId) query = query.Where(a => a.BatchId == batchId);
        if (q.Status is { } status) query = query.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(a => a.StreetCode == q.StreetCode.Trim());
        if (!string.IsNullOrWhiteSpace(q.Group)) query = query.Where(a => a.Group == q.Group.Trim());
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(a => a.ApplicantName.Contains(q.Search.Trim()));
        var page = await query.SortBy(q.Sort, ListApplicationsValidator.Sorts).ToPageAsync(q, ct);
        var items = await ApplicationResponses.BuildAsync(db, page.Items, district.Value, ct);
        return new PagedResult<ApplicationResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
