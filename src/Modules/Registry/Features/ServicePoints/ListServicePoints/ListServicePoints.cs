using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>List stations and markets (服务站/专业市场列表) within the caller's scope.</summary>
public sealed record ListServicePoints : PageRequest, IQuery<PagedResult<ServicePointResponse>>
{
    /// <summary>Part of the name or address.</summary>
    public string? Search { get; init; }

    public ServicePointKind? Kind { get; init; }

    /// <summary>The operating institution.</summary>
    public Guid? InstitutionId { get; init; }

    public string? StreetCode { get; init; }

    public InstitutionStatus? Status { get; init; }

    /// <summary>true: all five 五统一 items met; false: at least one missing.</summary>
    public bool? FiveUnifiedCompliant { get; init; }
}

public sealed class ListServicePointsValidator : AbstractValidator<ListServicePoints>
{
    internal static readonly SortMap<ServicePoint> Sorts = new SortMap<ServicePoint>("name")
        .Add("name", s => s.Name)
        .Add("kind", s => s.Kind)
        .Add("streetCode", s => s.StreetCode)
        .Add("status", s => s.Status)
        .Add("createdAt", s => s.CreatedAt)
        .Add("updatedAt", s => s.UpdatedAt);

    public ListServicePointsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.StreetCode).MaximumLength(12);
    }
}

public sealed class ListServicePointsHandler(RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<ListServicePoints, PagedResult<ServicePointResponse>>
{
    public async ValueTask<PagedResult<ServicePointResponse>> Handle(ListServicePoints q, CancellationToken ct)
    {
        var query = db.Set<ServicePoint>().AsNoTracking().InScope(DataScope.From(current));
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            query = query.Where(s => s.Name.Contains(term) || s.Address.Contains(term));
        }

        if (q.Kind is { } kind) query = query.Where(s => s.Kind == kind);
        if (q.InstitutionId is { } institutionId) query = query.Where(s => s.InstitutionId == institutionId);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(s => s.StreetCode == q.StreetCode.Trim());
        if (q.Status is { } status) query = query.Where(s => s.Status == status);
        if (q.FiveUnifiedCompliant is { } compliant)
        {
            query = compliant
                ? query.Where(s => s.UnifiedSignage && s.UnifiedDispatch && s.UnifiedTraining && s.UnifiedPricing && s.UnifiedServiceStandards)
                : query.Where(s => !(s.UnifiedSignage && s.UnifiedDispatch && s.UnifiedTraining && s.UnifiedPricing && s.UnifiedServiceStandards));
        }

        var page = await query.SortBy(q.Sort, ListServicePointsValidator.Sorts).ToPageAsync(q, ct);
        var ids = page.Items.Select(s => s.InstitutionId).Distinct().ToList();
        var names = await db.Set<Institution>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var items = page.Items.Select(s => ServicePointResponses.From(s, names.GetValueOrDefault(s.InstitutionId, ""), district.Value)).ToList();
        return new PagedResult<ServicePointResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
