using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Applications in the caller's scope (申请列表 / 审核队列). Default sort <c>createdAt</c> (oldest first).</summary>
public sealed record ListSubsidyApplications : PageRequest, IQuery<PagedResult<SubsidyApplicationResponse>>
{
    public SubsidyApplicationStatus? Status { get; init; }

    public string? ItemCode { get; init; }

    public int? Year { get; init; }

    public Guid? InstitutionId { get; init; }

    public string? StreetCode { get; init; }
}

public sealed class ListSubsidyApplicationsValidator : AbstractValidator<ListSubsidyApplications>
{
    internal static readonly SortMap<SubsidyApplication> Sorts = new SortMap<SubsidyApplication>("createdAt")
        .Add("createdAt", a => a.CreatedAt)
        .Add("amount", a => a.AmountFen)
        .Add("status", a => a.Status)
        .Add("institutionName", a => a.InstitutionName);

    public ListSubsidyApplicationsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.ItemCode).MaximumLength(40);
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListSubsidyApplicationsHandler(SubsidyDbContext db, ICurrentUser current)
    : IQueryHandler<ListSubsidyApplications, PagedResult<SubsidyApplicationResponse>>
{
    public async ValueTask<PagedResult<SubsidyApplicationResponse>> Handle(ListSubsidyApplications q, CancellationToken ct)
    {
        var query = db.Set<SubsidyApplication>().AsNoTracking().InScope(DataScope.From(current));
        if (q.Status is { } status) query = query.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(q.ItemCode)) query = query.Where(a => a.ItemCode == q.ItemCode.Trim());
        if (q.Year is { } year) query = query.Where(a => a.Year == year);
        if (q.InstitutionId is { } institutionId) query = query.Where(a => a.InstitutionId == institutionId);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(a => a.StreetCode == q.StreetCode.Trim());
        var page = await query.Include(a => a.Reviews).SortBy(q.Sort, ListSubsidyApplicationsValidator.Sorts).ToPageAsync(q, ct);
        return new PagedResult<SubsidyApplicationResponse>(page.Items.Select(SubsidyApplicationResponses.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
