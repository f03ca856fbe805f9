using Jiafu.Contracts.Inspection;
using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Registry.Features.Institutions;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Directory;

/// <summary>
/// The public service directory (家庭服务机构名录) that O2O platforms read: recognised, active institutions only,
/// public fields only.
/// </summary>
public sealed record ListDirectoryInstitutions : PageRequest, IQuery<PagedResult<DirectoryInstitution>>
{
    /// <summary>Business format code (业态), e.g. <c>Housekeeping</c>.</summary>
    public string? BusinessFormat { get; init; }

    public string? StreetCode { get; init; }

    /// <summary>Part of the institution's name.</summary>
    public string? Search { get; init; }
}

/// <summary>An institution as the public sees it (no legal representative, no internal state).</summary>
public sealed record DirectoryInstitution(
    Guid Id, string Name, string CreditCode, string StreetCode, string StreetName, string Address, string ContactPhone,
    IReadOnlyList<string> BusinessFormats, bool IsEmployeeBased, IReadOnlyList<string> Titles, DateTimeOffset? RecognisedAt)
{
    /// <summary>Credit class A–D (信用等级) from the integrity record (诚信档案); null when supervision is not installed.</summary>
    public string? CreditClass { get; init; }
}

public sealed class ListDirectoryInstitutionsValidator : AbstractValidator<ListDirectoryInstitutions>
{
    internal static readonly SortMap<Institution> Sorts = new SortMap<Institution>("name")
        .Add("name", i => i.Name)
        .Add("recognisedAt", i => i.RecognisedAt);

    public ListDirectoryInstitutionsValidator(IOptions<RegistryOptions> registry, IOptions<DistrictOptions> district)
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.BusinessFormat)
            .Must(f => f is null || registry.Value.EffectiveBusinessFormats.Any(b => b.Code == f.Trim()))
            .WithMessage("Unknown business format. 业态代码无效。");
        RuleFor(x => x.StreetCode).Must(s => s is null || district.Value.IsKnownStreet(s.Trim()))
            .WithMessage("Unknown street code. 街道代码无效。");
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListDirectoryInstitutionsHandler(
    RegistryDbContext db, IOptions<DistrictOptions> district, TimeProvider time, IEnumerable<IInspectionReader> inspection)
    : IQueryHandler<ListDirectoryInstitutions, PagedResult<DirectoryInstitution>>
{
    public async ValueTask<PagedResult<DirectoryInstitution>> Handle(ListDirectoryInstitutions q, CancellationToken ct)
    {
        var query = db.Set<Institution>().AsNoTracking().Where(i => i.Status == InstitutionStatus.Recognised);
        if (!string.IsNullOrWhiteSpace(q.BusinessFormat))
        {
            var padded = " " + q.BusinessFormat.Trim() + " ";
            query = query.Where(i => (" " + (string)(object)i.BusinessFormats + " ").Contains(padded));
        }

        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(i => i.StreetCode == q.StreetCode.Trim());
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(i => i.Name.Contains(q.Search.Trim()));

        var page = await query.SortBy(q.Sort, ListDirectoryInstitutionsValidator.Sorts).ToPageAsync(q, ct);
        var ids = page.Items.Select(i => i.Id).ToList();
        var titles = await db.Set<InstitutionTitle>().AsNoTracking()
            .Where(t => ids.Contains(t.InstitutionId) && t.WithdrawnAt == null)
            .Select(t => new { t.InstitutionId, t.Title }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var items = page.Items.Select(i => new DirectoryInstitution(
            i.Id, i.Name, i.CreditCode, i.StreetCode, InstitutionResponses.StreetName(district.Value, i.StreetCode), i.Address,
            i.ContactPhone, i.BusinessFormats, i.IsEmployeeBased && i.EmployeeBasedUntil >= today,
            titles.Where(t => t.InstitutionId == i.Id).Select(t => t.Title).Distinct().ToArray(), i.RecognisedAt)).ToList();
        if (inspection.FirstOrDefault() is { } reader)
        {
            var standings = await reader.GetStandingsAsync(ids, ct);
            items = items.Select(i => i with { CreditClass = standings.GetValueOrDefault(i.Id)?.CreditClass }).ToList();
        }

        return new PagedResult<DirectoryInstitution>(items, page.Total, page.Page, page.PageSize);
    }
}
