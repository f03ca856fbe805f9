using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Tasks;

/// <summary>Inspection tasks (检查任务) the caller sees: inspectors their assigned ones.</summary>
public sealed record ListTasks : PageRequest, IQuery<PagedResult<TaskResponse>>
{
    public Guid? CampaignId { get; init; }

    public InspectionTaskStatus? Status { get; init; }

    public string? StreetCode { get; init; }

    public Guid? InstitutionId { get; init; }

    /// <summary>Only tasks assigned to the caller (我的任务).</summary>
    public bool? Mine { get; init; }

    /// <summary>Part of the object's name.</summary>
    public string? Search { get; init; }
}

public sealed class ListTasksValidator : AbstractValidator<ListTasks>
{
    internal static readonly SortMap<InspectionTask> Sorts = new SortMap<InspectionTask>("objectName")
        .Add("objectName", t => t.ObjectName).Add("status", t => t.Status).Add("streetCode", t => t.StreetCode).Add("outcomeAt", t => t.OutcomeAt);

    public ListTasksValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Search).MaximumLength(50);
    }
}

public sealed class ListTasksHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<ListTasks, PagedResult<TaskResponse>>
{
    public async ValueTask<PagedResult<TaskResponse>> Handle(ListTasks q, CancellationToken ct)
    {
        var query = db.Set<InspectionTask>().AsNoTracking().Include(t => t.Inspectors).InScope(current);
        if (q.CampaignId is { } campaignId) query = query.Where(t => t.CampaignId == campaignId);
        if (q.Status is { } status) query = query.Where(t => t.Status == status);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(t => t.StreetCode == q.StreetCode);
        if (q.InstitutionId is { } institutionId) query = query.Where(t => t.InstitutionId == institutionId);
        if (q.Mine == true)
        {
            var me = current.Id ?? "";
            query = query.Where(t => t.Inspectors.Any(i => i.UserId == me));
        }

        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(t => t.ObjectName.Contains(q.Search.Trim()));
        var page = await ((IOrderedQueryable<InspectionTask>)query.SortBy(q.Sort, ListTasksValidator.Sorts)).ThenBy(t => t.Id).ToPageAsync(q, ct);
        var campaignIds = page.Items.Select(t => t.CampaignId).Distinct().ToList();
        var years = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Year, ct);
        return new PagedResult<TaskResponse>(page.Items.Select(t => TaskResponses.From(t, years[t.CampaignId], null)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
