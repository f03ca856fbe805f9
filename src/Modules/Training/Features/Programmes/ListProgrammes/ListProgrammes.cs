using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Programmes;

/// <summary>List programmes (培训项目列表); providers see their own.</summary>
public sealed record ListProgrammes : PageRequest, IQuery<PagedResult<ProgrammeResponse>>
{
    /// <summary>Category code.</summary>
    public string? Category { get; init; }

    public Guid? ProviderInstitutionId { get; init; }

    /// <summary>Only programmes active in this year.</summary>
    public int? Year { get; init; }

    /// <summary>Part of the name.</summary>
    public string? Search { get; init; }
}

public sealed class ListProgrammesValidator : AbstractValidator<ListProgrammes>
{
    internal static readonly SortMap<Programme> Sorts = new SortMap<Programme>("name")
        .Add("name", p => p.Name)
        .Add("createdAt", p => p.CreatedAt)
        .Add("category", p => p.Category);

    public ListProgrammesValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Search).MaximumLength(50);
        RuleFor(x => x.Category).MaximumLength(50);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListProgrammesHandler(TrainingDbContext db, ICurrentUser current, IRegistryReader registry, IOptions<TrainingOptions> options)
    : IQueryHandler<ListProgrammes, PagedResult<ProgrammeResponse>>
{
    public async ValueTask<PagedResult<ProgrammeResponse>> Handle(ListProgrammes q, CancellationToken ct)
    {
        var query = db.Set<Programme>().AsNoTracking().Include(p => p.SubsidyStandards).InScope(DataScope.From(current));
        if (!string.IsNullOrWhiteSpace(q.Category)) query = query.Where(p => p.Category == q.Category.Trim());
        if (q.ProviderInstitutionId is { } provider) query = query.Where(p => p.ProviderInstitutionId == provider);
        if (q.Year is { } year) query = query.Where(p => p.ActiveFromYear <= year && (p.ActiveToYear == null || p.ActiveToYear >= year));
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(p => p.Name.Contains(q.Search.Trim()));
        var page = await query.SortBy(q.Sort, ListProgrammesValidator.Sorts).ToPageAsync(q, ct);
        var items = await ProgrammeResponses.FromAsync(page.Items, registry, options.Value, ct);
        return new PagedResult<ProgrammeResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
