using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.FieldVisits;

/// <summary>Field visits (走访记录) in the caller's scope.</summary>
public sealed record ListFieldVisits : PageRequest, IQuery<PagedResult<FieldVisitResponse>>
{
    public Guid? InstitutionId { get; init; }

    public string? StreetCode { get; init; }

    /// <summary><c>pending</c> (follow-up required, not done), <c>overdue</c> (pending past its due date) or <c>done</c>.</summary>
    public string? FollowUp { get; init; }

    /// <summary>Visited on or after.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Visited on or before.</summary>
    public DateOnly? To { get; init; }

    public string? Search { get; init; }
}

public sealed class ListFieldVisitsValidator : AbstractValidator<ListFieldVisits>
{
    internal static readonly SortMap<FieldVisit> Sorts = new SortMap<FieldVisit>("-visitedOn")
        .Add("visitedOn", v => v.VisitedOn).Add("institutionName", v => v.InstitutionName).Add("followUpDue", v => v.FollowUpDue);

    public ListFieldVisitsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.FollowUp).Must(f => f is null or "pending" or "overdue" or "done")
            .WithMessage("followUp is pending, overdue or done. 跟进状态须为 pending、overdue 或 done。");
        RuleFor(x => x.Search).MaximumLength(50);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ListFieldVisitsHandler(InspectionDbContext db, ICurrentUser current, TimeProvider time)
    : IQueryHandler<ListFieldVisits, PagedResult<FieldVisitResponse>>
{
    public async ValueTask<PagedResult<FieldVisitResponse>> Handle(ListFieldVisits q, CancellationToken ct)
    {
        var today = time.Today();
        var query = db.Set<FieldVisit>().AsNoTracking().InScope(current);
        if (q.InstitutionId is { } institution) query = query.Where(v => v.InstitutionId == institution);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(v => v.StreetCode == q.StreetCode);
        query = q.FollowUp switch
        {
            "pending" => query.Where(v => v.FollowUpRequired && v.FollowUpDoneOn == null),
            "overdue" => query.Where(v => v.FollowUpRequired && v.FollowUpDoneOn == null && v.FollowUpDue < today),
            "done" => query.Where(v => v.FollowUpDoneOn != null),
            _ => query,
        };
        if (q.From is { } from) query = query.Where(v => v.VisitedOn >= from);
        if (q.To is { } to) query = query.Where(v => v.VisitedOn <= to);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(v => v.InstitutionName.Contains(s) || v.Findings.Contains(s));
        }

        var page = await ((IOrderedQueryable<FieldVisit>)query.SortBy(q.Sort, ListFieldVisitsValidator.Sorts)).ThenBy(v => v.Id).ToPageAsync(q, ct);
        return new PagedResult<FieldVisitResponse>(page.Items.Select(v => FieldVisitResponse.From(v, today)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
