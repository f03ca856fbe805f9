using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Integrity;

/// <summary>Institutions with an integrity record, by class; <c>list=red|black</c> gives the red list (红名单) or black list (黑名单).</summary>
public sealed record ListIntegrityProfiles : PageRequest, IQuery<PagedResult<IntegrityProfileResponse>>
{
    public CreditClass? CreditClass { get; init; }

    /// <summary><c>red</c> or <c>black</c>.</summary>
    public string? List { get; init; }

    public string? Search { get; init; }
}

public sealed class ListIntegrityProfilesValidator : AbstractValidator<ListIntegrityProfiles>
{
    internal static readonly SortMap<IntegrityProfile> Sorts = new SortMap<IntegrityProfile>("-score")
        .Add("score", p => p.Score).Add("institutionName", p => p.InstitutionName).Add("updatedAt", p => p.UpdatedAt);

    public ListIntegrityProfilesValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.CreditClass).IsInEnum();
        RuleFor(x => x.List).Must(l => l is null or "red" or "black").WithMessage("list is red or black. 名单类型须为 red 或 black。");
        RuleFor(x => x.Search).MaximumLength(50);
    }
}

public sealed class ListIntegrityProfilesHandler(InspectionDbContext db, ICurrentUser current)
    : IQueryHandler<ListIntegrityProfiles, PagedResult<IntegrityProfileResponse>>
{
    public async ValueTask<PagedResult<IntegrityProfileResponse>> Handle(ListIntegrityProfiles q, CancellationToken ct)
    {
        var query = db.Set<IntegrityProfile>().AsNoTracking();
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            var ids = InspectionScope.InstitutionIds(scope);
            query = query.Where(p => ids.Contains(p.InstitutionId));
        }

        if (q.CreditClass is { } cls) query = query.Where(p => p.CreditClass == cls);
        if (q.List == "red") query = query.Where(p => p.RedList);
        if (q.List == "black") query = query.Where(p => p.BlackList);
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(p => p.InstitutionName.Contains(q.Search.Trim()));
        var page = await ((IOrderedQueryable<IntegrityProfile>)query.SortBy(q.Sort, ListIntegrityProfilesValidator.Sorts))
            .ThenBy(p => p.InstitutionId).ToPageAsync(q, ct);
        return new PagedResult<IntegrityProfileResponse>(page.Items.Select(IntegrityProfileResponse.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
