using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Classes;

/// <summary>List classes (培训班列表) inside the caller's scope.</summary>
public sealed record ListClasses : PageRequest, IQuery<PagedResult<ClassResponse>>
{
    public Guid? ProgrammeId { get; init; }

    public Guid? InstitutionId { get; init; }

    public ClassStatus? Status { get; init; }

    /// <summary>Classes starting in this year.</summary>
    public int? Year { get; init; }

    /// <summary>Programme category code.</summary>
    public string? Category { get; init; }

    /// <summary>Part of the class name.</summary>
    public string? Search { get; init; }
}

public sealed class ListClassesValidator : AbstractValidator<ListClasses>
{
    internal static readonly SortMap<TrainingClass> Sorts = new SortMap<TrainingClass>("-startDate")
        .Add("startDate", c => c.StartDate)
        .Add("name", c => c.Name)
        .Add("createdAt", c => c.CreatedAt);

    public ListClassesValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Search).MaximumLength(50);
        RuleFor(x => x.Category).MaximumLength(50);
    }
}

public sealed class ListClassesHandler(TrainingDbContext db, ICurrentUser current) : IQueryHandler<ListClasses, PagedResult<ClassResponse>>
{
    public async ValueTask<PagedResult<ClassResponse>> Handle(ListClasses q, CancellationToken ct)
    {
        var query = db.Set<TrainingClass>().AsNoTracking().InScope(DataScope.From(current), db);
        if (q.ProgrammeId is { } programmeId) query = query.Where(c => c.ProgrammeId == programmeId);
        if (q.InstitutionId is { } institutionId) query = query.Where(c => c.InstitutionId == institutionId);
        if (q.Status is { } status) query = query.Where(c => c.Status == status);
        if (q.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(c => c.StartDate >= from && c.StartDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(q.Category))
        {
            var category = q.Category.Trim();
            query = query.Where(c => db.Set<Programme>().Any(p => p.Id == c.ProgrammeId && p.Category == category));
        }

        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(c => c.Name.Contains(q.Search.Trim()));
        var page = await ((IOrderedQueryable<TrainingClass>)query.SortBy(q.Sort, ListClassesValidator.Sorts)).ThenBy(c => c.Id).ToPageAsync(q, ct);
        var programmeIds = page.Items.Select(c => c.ProgrammeId).Distinct().ToList();
        var programmes = await db.Set<Programme>().AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return new PagedResult<ClassResponse>(
            page.Items.Select(c => ClassResponses.From(c, programmes[c.ProgrammeId])).ToList(), page.Total, page.Page, page.PageSize);
    }
}
