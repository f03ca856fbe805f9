using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Complaints;

/// <summary>Complaints (投诉列表) in the caller's scope.</summary>
public sealed record ListComplaints : PageRequest, IQuery<PagedResult<ComplaintResponse>>
{
    public Guid? InstitutionId { get; init; }

    public ComplaintStatus? Status { get; init; }

    public ComplaintOutcome? Outcome { get; init; }

    public ComplaintSource? Source { get; init; }

    public string? StreetCode { get; init; }

    /// <summary>Received on or after (yyyy-MM-dd).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Received on or before (yyyy-MM-dd).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Part of the institution name or the content.</summary>
    public string? Search { get; init; }
}

public sealed class ListComplaintsValidator : AbstractValidator<ListComplaints>
{
    internal static readonly SortMap<Complaint> Sorts = new SortMap<Complaint>("-receivedOn")
        .Add("receivedOn", c => c.ReceivedOn).Add("institutionName", c => c.InstitutionName).Add("status", c => c.Status)
        .Add("createdAt", c => c.CreatedAt);

    public ListComplaintsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Source).IsInEnum();
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Search).MaximumLength(50);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ListComplaintsHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<ListComplaints, PagedResult<ComplaintResponse>>
{
    public async ValueTask<PagedResult<ComplaintResponse>> Handle(ListComplaints q, CancellationToken ct)
    {
        var query = db.Set<Complaint>().AsNoTracking().InScope(current);
        if (q.InstitutionId is { } institution) query = query.Where(c => c.InstitutionId == institution);
        if (q.Status is { } status) query = query.Where(c => c.Status == status);
        if (q.Outcome is { } outcome) query = query.Where(c => c.Outcome == outcome);
        if (q.Source is { } source) query = query.Where(c => c.Source == source);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(c => c.StreetCode == q.StreetCode);
        if (q.From is { } from) query = query.Where(c => c.ReceivedOn >= from);
        if (q.To is { } to) query = query.Where(c => c.ReceivedOn <= to);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(c => c.InstitutionName.Contains(s) || c.Content.Contains(s));
        }

        var page = await ((IOrderedQueryable<Complaint>)query.Include(c => c.FollowUps).SortBy(q.Sort, ListComplaintsValidator.Sorts))
            .ThenBy(c => c.Id).ToPageAsync(q, ct);
        return new PagedResult<ComplaintResponse>(page.Items.Select(c => ComplaintResponse.From(c, false)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
