using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Filings;

/// <summary>List employee-based enterprise filings (员工制备案列表) within the caller's scope.</summary>
public sealed record ListFilings : PageRequest, IQuery<PagedResult<EmployeeFilingResponse>>
{
    public Guid? InstitutionId { get; init; }

    public FilingStatus? Status { get; init; }

    /// <summary>Filed filings whose validity ends within this many days from today (0 = ends today); for re-checks.</summary>
    public int? ExpiringWithinDays { get; init; }
}

public sealed class ListFilingsValidator : AbstractValidator<ListFilings>
{
    internal static readonly SortMap<EmployeeFiling> Sorts = new SortMap<EmployeeFiling>("-submittedAt")
        .Add("submittedAt", f => f.SubmittedAt)
        .Add("reviewedAt", f => f.ReviewedAt)
        .Add("validUntil", f => f.ValidUntil)
        .Add("status", f => f.Status)
        .Add("staffCount", f => f.StaffCount);

    public ListFilingsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.ExpiringWithinDays).InclusiveBetween(0, 3660);
    }
}

public sealed class ListFilingsHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, TimeProvider time)
    : IQueryHandler<ListFilings, PagedResult<EmployeeFilingResponse>>
{
    public async ValueTask<PagedResult<EmployeeFilingResponse>> Handle(ListFilings q, CancellationToken ct)
    {
        var query = db.Set<EmployeeFiling>().AsNoTracking().InScope(db, DataScope.From(current));
        if (q.InstitutionId is { } institutionId) query = query.Where(f => f.InstitutionId == institutionId);
        if (q.Status is { } status) query = query.Where(f => f.Status == status);
        if (q.ExpiringWithinDays is { } days)
        {
            var today = FilingRules.Today(time);
            var until = today.AddDays(days);
            query = query.Where(f => f.Status == FilingStatus.Filed && f.ValidUntil >= today && f.ValidUntil <= until);
        }

        var page = await query.SortBy(q.Sort, ListFilingsValidator.Sorts).ToPageAsync(q, ct);
        var ids = page.Items.Select(f => f.InstitutionId).Distinct().ToList();
        var names = await db.Set<Institution>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var minimum = options.Value.EmployeeFilingMinimumStaff;
        var items = page.Items.Select(f => FilingRules.ToResponse(f, names.GetValueOrDefault(f.InstitutionId, ""), minimum)).ToList();
        return new PagedResult<EmployeeFilingResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
