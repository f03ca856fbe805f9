using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;

namespace Jiafu.Training.Features;

/// <summary>
/// Applies the caller's <see cref="DataScope"/> to training records. Providers (institution operators and API clients
/// bound to the provider) see their own programmes and classes; street officers the classes held in their street or
/// attended by their street's trainees, and their street's trainees; district roles everything. Out of scope is 404.
/// </summary>
public static class TrainingScope
{
    public static IQueryable<Programme> InScope(this IQueryable<Programme> query, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.Institutions => query.Where(p => InstitutionIds(scope).Contains(p.ProviderInstitutionId)),
        _ => query,
    };

    public static IQueryable<TrainingClass> InScope(this IQueryable<TrainingClass> query, DataScope scope, TrainingDbContext db) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Street => query.Where(c => c.ProviderStreetCode == scope.StreetCode
            || db.Set<Enrollment>().Any(e => e.ClassId == c.Id && e.Status != EnrollmentStatus.Withdrawn
                && db.Set<Trainee>().Any(t => t.Id == e.TraineeId && t.StreetCode == scope.StreetCode))),
        _ => query.Where(c => InstitutionIds(scope).Contains(c.InstitutionId)),
    };

    public static IQueryable<Trainee> InScope(this IQueryable<Trainee> query, DataScope scope, TrainingDbContext db) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Street => query.Where(t => t.StreetCode == scope.StreetCode),
        _ => query.Where(t => db.Set<Enrollment>().Any(e => e.TraineeId == t.Id
            && db.Set<TrainingClass>().Any(c => c.Id == e.ClassId && InstitutionIds(scope).Contains(c.InstitutionId)))),
    };

    /// <summary>Whether the caller sees every trainee of the class (providers, district roles, the street where it is held) or only their street's.</summary>
    public static bool SeesWholeRoster(this DataScope scope, TrainingClass cls) =>
        scope.Kind != DataScopeKind.Street || cls.ProviderStreetCode == scope.StreetCode;

    /// <summary>404 unless the programme's provider is inside the caller's scope (for changes).</summary>
    public static void EnsureMayManage(this DataScope scope, Programme programme)
    {
        if (scope.Kind == DataScopeKind.Institutions && !InstitutionIds(scope).Contains(programme.ProviderInstitutionId))
        {
            throw new NotFoundException("Programme", programme.Id.ToString());
        }
    }

    /// <summary>
    /// Changes to a class (enrollment, attendance, assessment, workflow) are for its provider and district roles;
    /// a street officer reads only. 404 for a provider's class outside the scope, 403 for a street officer.
    /// </summary>
    public static void EnsureMayManage(this DataScope scope, TrainingClass cls)
    {
        if (scope.Kind == DataScopeKind.Institutions && !InstitutionIds(scope).Contains(cls.InstitutionId))
        {
            throw new NotFoundException("Class", cls.Id.ToString());
        }

        if (scope.Kind == DataScopeKind.Street)
        {
            throw new ForbiddenException("Street officers can view training classes but not change them. 街道人员只能查看培训班。");
        }
    }

    internal static List<Guid> InstitutionIds(DataScope scope) =>
        scope.InstitutionIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToList();
}
