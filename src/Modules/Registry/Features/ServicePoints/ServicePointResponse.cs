using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>A community household-service station or professional service market (服务站/专业市场详情).</summary>
/// <param name="InstitutionName">Name of the operating institution (运营机构).</param>
/// <param name="StreetName">Chinese name of the street or town.</param>
/// <param name="FiveUnifiedScore">How many of the five 五统一 items are met (0–5).</param>
/// <param name="FiveUnifiedCompliant">All five 五统一 items are met (recognition requires it).</param>
/// <param name="FiveUnifiedMissing">The unmet 五统一 items, by their field names (e.g. <c>unifiedPricing</c>).</param>
/// <param name="Version">The ETag to send back in <c>If-Match</c>.</param>
public sealed record ServicePointResponse(
    Guid Id,
    ServicePointKind Kind,
    string Name,
    Guid InstitutionId,
    string InstitutionName,
    string StreetCode,
    string StreetName,
    string Address,
    InstitutionStatus Status,
    string? StatusReason,
    DateTimeOffset? RecognisedAt,
    bool UnifiedSignage,
    bool UnifiedDispatch,
    bool UnifiedTraining,
    bool UnifiedPricing,
    bool UnifiedServiceStandards,
    int FiveUnifiedScore,
    bool FiveUnifiedCompliant,
    IReadOnlyList<string> FiveUnifiedMissing,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Version);

/// <summary>One step of a station's status history (状态变更记录).</summary>
public sealed record ServicePointStatusChangeResponse(
    Guid Id, string FromStatus, string ToStatus, string Action, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The 五统一 standards of a station: unified signage, dispatch, training, pricing and service standards.</summary>
public static class FiveUnified
{
    /// <summary>Field name and Chinese label of each item, in the plan's order.</summary>
    public static readonly IReadOnlyList<(string Field, string Label, Func<ServicePoint, bool> IsMet)> Items =
    [
        ("unifiedSignage", "统一标识", s => s.UnifiedSignage),
        ("unifiedDispatch", "统一派工", s => s.UnifiedDispatch),
        ("unifiedTraining", "统一培训", s => s.UnifiedTraining),
        ("unifiedPricing", "统一收费标准", s => s.UnifiedPricing),
        ("unifiedServiceStandards", "统一服务规范", s => s.UnifiedServiceStandards),
    ];

    public static IReadOnlyList<string> Missing(ServicePoint point) =>
        Items.Where(i => !i.IsMet(point)).Select(i => i.Field).ToArray();

    public static int Score(ServicePoint point) => Items.Count(i => i.IsMet(point));

    public static string Describe(IEnumerable<string> fields) =>
        string.Join(", ", fields.Select(f => $"{f} ({Items.First(i => i.Field == f).Label})"));
}

/// <summary>Builds <see cref="ServicePointResponse"/>s and loads stations within the caller's scope.</summary>
public static class ServicePointResponses
{
    public static ServicePointResponse From(ServicePoint point, string institutionName, DistrictOptions district)
    {
        var missing = FiveUnified.Missing(point);
        return new ServicePointResponse(
            point.Id,
            point.Kind,
            point.Name,
            point.InstitutionId,
            institutionName,
            point.StreetCode,
            district.EffectiveStreets.FirstOrDefault(s => s.Code == point.StreetCode)?.Name ?? point.StreetCode,
            point.Address,
            point.Status,
            point.StatusReason,
            point.RecognisedAt,
            point.UnifiedSignage,
            point.UnifiedDispatch,
            point.UnifiedTraining,
            point.UnifiedPricing,
            point.UnifiedServiceStandards,
            FiveUnified.Items.Count - missing.Count,
            missing.Count == 0,
            missing,
            point.CreatedAt,
            point.UpdatedAt,
            point.Version.ToString());
    }

    public static async Task<ServicePointResponse> BuildAsync(RegistryDbContext db, ServicePoint point, DistrictOptions district, CancellationToken ct)
    {
        var name = await db.Set<Institution>().Where(i => i.Id == point.InstitutionId).Select(i => i.Name).FirstOrDefaultAsync(ct);
        return From(point, name ?? "", district);
    }

    /// <summary>Loads a station visible to <paramref name="scope"/> (tracked), or throws 404.</summary>
    public static async Task<ServicePoint> FindVisibleAsync(RegistryDbContext db, Guid id, DataScope scope, CancellationToken ct) =>
        await db.Set<ServicePoint>().InScope(scope).FirstOrDefaultAsync(s => s.Id == id, ct)
        ?? throw new NotFoundException("ServicePoint", id.ToString());

    /// <summary>
    /// The operating institution named in a request body; 400 with <c>errors.institutionId</c> when it does not exist
    /// or is outside the caller's scope (the two are indistinguishable to the caller).
    /// </summary>
    public static async Task<Institution> FindOperatorAsync(RegistryDbContext db, Guid institutionId, DataScope scope, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == institutionId, ct);
        if (institution is null || !scope.AllowsInstitution(institution.Id, institution.StreetCode))
        {
            throw new FieldValidationException("institutionId", "No such institution in your scope. 运营机构不存在或不在您的管辖范围内。");
        }

        return institution;
    }
}
