using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;

namespace Jiafu.Inspection.Features;

/// <summary>
/// The caller's slice of supervision records. Inspectors (without a district role) see only the tasks and spot checks
/// assigned to them; street officers their street's; institution operators and bound API clients their institutions';
/// district roles everything. Out of scope is 404.
/// </summary>
public static class InspectionScope
{
    public static bool IsInspectorOnly(this ICurrentUser user) =>
        user.IsInRole(Roles.Inspector) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.DistrictOfficer);

    public static IQueryable<InspectionTask> InScope(this IQueryable<InspectionTask> query, ICurrentUser user)
    {
        if (user.IsInspectorOnly())
        {
            var id = user.Id ?? "";
            return query.Where(t => t.Inspectors.Any(i => i.UserId == id));
        }

        var scope = DataScope.From(user);
        return scope.Kind switch
        {
            DataScopeKind.District => query,
            DataScopeKind.Street => query.Where(t => t.StreetCode == scope.StreetCode),
            _ => query.Where(t => InstitutionIds(scope).Contains(t.InstitutionId)),
        };
    }

    public static IQueryable<SpotCheck> InScope(this IQueryable<SpotCheck> query, ICurrentUser user)
    {
        if (user.IsInspectorOnly())
        {
            var id = user.Id ?? "";
            return query.Where(c => c.Inspectors.Any(i => i.UserId == id));
        }

        var scope = DataScope.From(user);
        return scope.Kind switch
        {
            DataScopeKind.District => query,
            DataScopeKind.Street => query.Where(c => c.StreetCode == scope.StreetCode),
            _ => query.Where(c => InstitutionIds(scope).Contains(c.ObjectId)),
        };
    }

    /// <summary>Integrity records are read by district roles, street officers and inspectors in full; institutions only their own.</summary>
    public static void EnsureMayRead(this ICurrentUser user, Guid institutionId)
    {
        var scope = DataScope.From(user);
        if (scope.Kind == DataScopeKind.Institutions && !InstitutionIds(scope).Contains(institutionId))
        {
            throw new NotFoundException("IntegrityRecord", institutionId.ToString());
        }
    }

    /// <summary>District roles see all campaigns and plans; the others see them through their tasks and checks.</summary>
    public static bool SeesAllCampaigns(this ICurrentUser user) => !user.IsInspectorOnly() && DataScope.From(user).IsDistrictWide;

    /// <summary>The actor name stored with an outcome or result.</summary>
    public static string Actor(this ICurrentUser user)
    {
        var actor = string.IsNullOrEmpty(user.Name) ? user.Id ?? "system" : user.Name;
        return actor.Length > 100 ? actor[..100] : actor;
    }

    internal static List<Guid> InstitutionIds(DataScope scope) =>
        scope.InstitutionIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToList();

    /// <summary>Today in China (UTC+8).</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
