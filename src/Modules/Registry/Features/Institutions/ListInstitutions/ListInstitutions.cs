using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>The filters of the institution list, shared by the list and its export.</summary>
public interface IInstitutionFilter
{
    string? Search { get; }

    string? StreetCode { get; }

    string? BusinessFormat { get; }

    InstitutionStatus? Status { get; }

    bool? IsEmployeeBased { get; }

    string? Title { get; }

    bool? IsAllianceMember { get; }
}

/// <summary>Search the institutions in the caller's scope (机构列表). Default sort <c>name</c>.</summary>
public sealed record ListInstitutions : PageRequest, IQuery<PagedResult<InstitutionListItem>>, IInstitutionFilter
{
    /// <summary>Part of the name, or the beginning of the credit code.</summary>
    public string? Search { get; init; }

    /// <summary>Street or town code.</summary>
    public string? StreetCode { get; init; }

    /// <summary>A business format code the institution offers.</summary>
    public string? BusinessFormat { get; init; }

    public InstitutionStatus? Status { get; init; }

    /// <summary>Holds an employee-based enterprise filing (员工制).</summary>
    public bool? IsEmployeeBased { get; init; }

    /// <summary>A title code the institution currently holds (not withdrawn).</summary>
    public string? Title { get; init; }

    /// <summary>Member of the district alliance (联盟成员).</summary>
    public bool? IsAllianceMember { get; init; }
}

/// <summary>One row of the institution list.</summary>
/// <param name="Titles">Codes of the titles currently held.</param>
/// <param name="WorkerCount">Workers whose current employer is this institution.</param>
public sealed record InstitutionListItem(
    Guid Id,
    string Name,
    string CreditCode,
    string StreetCode,
    string StreetName,
    IReadOnlyList<string> BusinessFormats,
    InstitutionStatus Status,
    bool IsEmployeeBased,
    bool IsAllianceMember,
    IReadOnlyList<string> Titles,
    int WorkerCount,
    DateTimeOffset CreatedAt);

public sealed class ListInstitutionsValidator : AbstractValidator<ListInstitutions>
{
    internal static readonly SortMap<Institution> Sorts = new SortMap<Institution>("name")
        .Add("name", i => i.Name)
        .Add("createdAt", i => i.CreatedAt)
        .Add("status", i => i.Status)
        .Add("streetCode", i => i.StreetCode);

    public ListInstitutionsValidator(IOptions<RegistryOptions> registry)
    {
        this.AddPagingRules(Sorts);
        AddFilterRules(this, registry.Value);
    }

    /// <summary>The rules of <see cref="IInstitutionFilter"/>, shared with the export.</summary>
    internal static void AddFilterRules<T>(AbstractValidator<T> validator, RegistryOptions registry)
        where T : IInstitutionFilter
    {
        validator.RuleFor(x => x.Search).MaximumLength(InstitutionRules.NameMaxLength);
        validator.RuleFor(x => x.StreetCode).MaximumLength(12);
        validator.RuleFor(x => x.BusinessFormat)
            .Must(f => f is null || registry.EffectiveBusinessFormats.Any(b => b.Code == f.Trim()))
            .WithMessage("Unknown business format; see GET /api/v1/registry/business-formats. 业态代码无效。");
        validator.RuleFor(x => x.Title).MaximumLength(50);
    }
}

public sealed class ListInstitutionsHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<ListInstitutions, PagedResult<InstitutionListItem>>
{
    public async ValueTask<PagedResult<InstitutionListItem>> Handle(ListInstitutions q, CancellationToken ct)
    {
        var query = Filter(db, db.Set<Institution>().AsNoTracking().InScope(DataScope.From(current)), q);
        var page = await query.SortBy(q.Sort, ListInstitutionsValidator.Sorts).ToPageAsync(q, ct);
        var ids = page.Items.Select(i => i.Id).ToList();
        var workerCounts = await db.Set<Worker>().AsNoTracking()
            .Where(w => w.InstitutionId != null && ids.Contains(w.InstitutionId.Value))
            .GroupBy(w => w.InstitutionId!.Value)
            .Select(g => new { InstitutionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.InstitutionId, x => x.Count, ct);
        var titles = (await db.Set<InstitutionTitle>().AsNoTracking()
                .Where(t => ids.Contains(t.InstitutionId) && t.WithdrawnAt == null)
                .Select(t => new { t.InstitutionId, t.Title })
                .ToListAsync(ct))
            .ToLookup(t => t.InstitutionId, t => t.Title);

        var items = page.Items.Select(i => new InstitutionListItem(
                i.Id, i.Name, i.CreditCode, i.StreetCode, InstitutionResponses.StreetName(district.Value, i.StreetCode),
                i.BusinessFormats.ToArray(), i.Status, i.IsEmployeeBased, i.IsAllianceMember,
                titles[i.Id].Distinct().Order(StringComparer.Ordinal).ToArray(),
                workerCounts.GetValueOrDefault(i.Id), i.CreatedAt))
            .ToList();
        return new PagedResult<InstitutionListItem>(items, page.Total, page.Page, page.PageSize);
    }

    /// <summary>Applies the list filters (shared by the list and the export); the caller applies the data scope.</summary>
    internal static IQueryable<Institution> Filter(RegistryDbContext db, IQueryable<Institution> query, IInstitutionFilter q)
    {
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var name = q.Search.Trim();
            var code = UnifiedSocialCreditCode.Normalize(name)!;
            query = query.Where(i => i.Name.Contains(name) || i.CreditCode.StartsWith(code));
        }

        if (!string.IsNullOrWhiteSpace(q.StreetCode))
        {
            var street = q.StreetCode.Trim();
            query = query.Where(i => i.StreetCode == street);
        }

        if (!string.IsNullOrWhiteSpace(q.BusinessFormat))
        {
            // The formats are one space-separated column: match a whole code, padded with spaces.
            var padded = " " + q.BusinessFormat.Trim() + " ";
            query = query.Where(i => (" " + (string)(object)i.BusinessFormats + " ").Contains(padded));
        }

        if (q.Status is { } status) query = query.Where(i => i.Status == status);
        if (q.IsEmployeeBased is { } employeeBased) query = query.Where(i => i.IsEmployeeBased == employeeBased);
        if (q.IsAllianceMember is { } member) query = query.Where(i => i.IsAllianceMember == member);
        if (!string.IsNullOrWhiteSpace(q.Title))
        {
            var title = q.Title.Trim();
            query = query.Where(i => db.Set<InstitutionTitle>().Any(t => t.InstitutionId == i.Id && t.Title == title && t.WithdrawnAt == null));
        }

        return query;
    }
}