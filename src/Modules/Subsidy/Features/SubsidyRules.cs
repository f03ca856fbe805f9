using Jiafu.Shared.Security;
using Jiafu.Subsidy.Domain;

namespace Jiafu.Subsidy.Features;

/// <summary>Small rules shared by the module's use cases: time, money, actors and the data scope.</summary>
public static class SubsidyRules
{
    public const int ActorMaxLength = 100;

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Now, to the millisecond (what SQLite stores).</summary>
    public static DateTimeOffset Now(TimeProvider time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>The business day in China (UTC+8).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal ToYuan(long fen) => decimal.Round(fen / 100m, 2);

    public static bool HasAtMostTwoDecimals(decimal yuan) => decimal.Round(yuan, 2) == yuan;

    public static string Actor(ICurrentUser current)
    {
        var actor = string.IsNullOrEmpty(current.Name) ? current.Id ?? "unknown" : current.Name;
        return actor.Length > ActorMaxLength ? actor[..ActorMaxLength] : actor;
    }

    /// <summary>Applications a caller may see: district-wide roles all; a street officer their street; institutions their own.</summary>
    public static IQueryable<SubsidyApplication> InScope(this IQueryable<SubsidyApplication> query, DataScope scope)
    {
        switch (scope.Kind)
        {
            case DataScopeKind.District:
                return query;
            case DataScopeKind.Street:
                return query.Where(a => a.StreetCode == scope.StreetCode);
            default:
                var ids = ScopeIds(scope);
                return query.Where(a => ids.Contains(a.InstitutionId));
        }
    }

    public static List<Guid> ScopeIds(DataScope scope) =>
        scope.InstitutionIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToList();
}
