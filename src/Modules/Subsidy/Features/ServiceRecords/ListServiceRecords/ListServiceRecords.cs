using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.ServiceRecords;

/// <summary>An imported service record (居民家庭服务记录), the household head's ID masked.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="InstitutionId">The institution that served the household.</param>
/// <param name="StreetCode">The institution's street.</param>
/// <param name="ServiceDate">The day of the service.</param>
/// <param name="HouseholdHeadIdMasked">The household head's resident ID, masked.</param>
/// <param name="ServiceType">The service (服务项目).</param>
/// <param name="ClaimedByApplicationId">The service-fee reduction application that claimed it, if any (一条记录只能申领一次).</param>
/// <param name="CreatedAt">When it was imported.</param>
public sealed record ServiceRecordResponse(
    Guid Id, Guid InstitutionId, string StreetCode, DateOnly ServiceDate, string HouseholdHeadIdMasked, string ServiceType,
    Guid? ClaimedByApplicationId, DateTimeOffset CreatedAt);

/// <summary>Imported service records in the caller's scope (服务记录列表). Default sort <c>serviceDate</c>.</summary>
public sealed record ListServiceRecords : PageRequest, IQuery<PagedResult<ServiceRecordResponse>>
{
    /// <summary>Only this institution's records.</summary>
    public Guid? InstitutionId { get; init; }

    /// <summary>Only records of this year.</summary>
    public int? Year { get; init; }

    /// <summary><c>true</c>: only claimed records; <c>false</c>: only unclaimed ones.</summary>
    public bool? Claimed { get; init; }
}

public sealed class ListServiceRecordsValidator : AbstractValidator<ListServiceRecords>
{
    internal static readonly SortMap<ServiceRecord> Sorts = new SortMap<ServiceRecord>("serviceDate")
        .Add("serviceDate", r => r.ServiceDate)
        .Add("serviceType", r => r.ServiceType)
        .Add("createdAt", r => r.CreatedAt);

    public ListServiceRecordsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListServiceRecordsHandler(SubsidyDbContext db, ICurrentUser current) : IQueryHandler<ListServiceRecords, PagedResult<ServiceRecordResponse>>
{
    public async ValueTask<PagedResult<ServiceRecordResponse>> Handle(ListServiceRecords q, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var query = db.Set<ServiceRecord>().AsNoTracking();
        if (scope.Kind == DataScopeKind.Street)
        {
            query = query.Where(r => r.StreetCode == scope.StreetCode);
        }
        else if (scope.Kind != DataScopeKind.District)
        {
            var ids = SubsidyRules.ScopeIds(scope);
            query = query.Where(r => ids.Contains(r.InstitutionId));
        }

        if (q.InstitutionId is { } institutionId) query = query.Where(r => r.InstitutionId == institutionId);
        if (q.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(r => r.ServiceDate >= from && r.ServiceDate <= to);
        }

        var claims = db.Set<SubsidyClaim>().Where(c => c.ItemCode == PolicyItems.ServiceFeeReduction);
        if (q.Claimed is { } claimed)
        {
            query = claimed ? query.Where(r => claims.Any(c => c.SubjectKey == r.ClaimKey)) : query.Where(r => !claims.Any(c => c.SubjectKey == r.ClaimKey));
        }

        var page = await query.SortBy(q.Sort, ListServiceRecordsValidator.Sorts).ToPageAsync(q, ct);
        var keys = page.Items.Select(r => r.ClaimKey).ToList();
        var claimedBy = await claims.Where(c => keys.Contains(c.SubjectKey)).ToDictionaryAsync(c => c.SubjectKey, c => c.ApplicationId, ct);
        return new PagedResult<ServiceRecordResponse>(
            page.Items.Select(r => new ServiceRecordResponse(r.Id, r.InstitutionId, r.StreetCode, r.ServiceDate, r.HouseholdHeadIdMasked, r.ServiceType,
                claimedBy.TryGetValue(r.ClaimKey, out var app) ? app : null, r.CreatedAt)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
