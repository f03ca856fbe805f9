using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;

namespace Jiafu.Registry.Features;

/// <summary>
/// Applies the caller's <see cref="DataScope"/> to the register: a street officer sees their street, an
/// institution operator or bound API client their institutions. Out-of-scope records answer 404, as if absent.
/// </summary>
public static class RegistryScope
{
    public static IQueryable<Institution> InScope(this IQueryable<Institution> query, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Street => query.Where(i => i.StreetCode == scope.StreetCode),
        _ => query.Where(i => ScopeIds(scope).Contains(i.Id)),
    };

    public static IQueryable<Worker> InScope(this IQueryable<Worker> query, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Street => query.Where(w => w.StreetCode == scope.StreetCode),
        _ => query.Where(w => w.InstitutionId != null && ScopeIds(scope).Contains(w.InstitutionId.Value)),
    };

    public static IQueryable<ServicePoint> InScope(this IQueryable<ServicePoint> query, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Street => query.Where(s => s.StreetCode == scope.StreetCode),
        _ => query.Where(s => ScopeIds(scope).Contains(s.InstitutionId)),
    };

    /// <summary>Throws 404 unless the institution is inside the scope.</summary>
    public static void EnsureVisible(this DataScope scope, Institution institution)
    {
        if (!scope.AllowsInstitution(institution.Id, institution.StreetCode))
        {
            throw new NotFoundException("Institution", institution.Id.ToString());
        }
    }

    /// <summary>Throws 403 when a scoped caller names a street outside their scope (e.g. moving a record there).</summary>
    public static void EnsureStreetAllowed(this DataScope scope, string streetCode)
    {
        if (scope.Kind == DataScopeKind.Street && scope.StreetCode != streetCode)
        {
            throw new ForbiddenException("You can only register records in your own street. 只能登记本街道的数据。");
        }
    }

    private static List<Guid> ScopeIds(DataScope scope) =>
        scope.InstitutionIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToList();
}
