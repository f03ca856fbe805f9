using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Domain;

namespace Jiafu.Voucher.Features;

/// <summary>Small rules shared by the module's use cases: time, money, actors and the data scope.</summary>
public static class VoucherRules
{
    public const int ActorMaxLength = 100;

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Now, to the millisecond (what SQLite stores).</summary>
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
    }

    /// <summary>The business day in China (UTC+8).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal ToYuan(long fen) => decimal.Round(fen / 100m, 2);

    /// <summary>True when the amount has at most two decimal places (分).</summary>
    public static bool HasAtMostTwoDecimals(decimal yuan) => decimal.Round(yuan, 2) == yuan;

    public static string Actor(ICurrentUser current)
    {
        var actor = string.IsNullOrEmpty(current.Name) ? current.Id ?? "unknown" : current.Name;
        return actor.Length > ActorMaxLength ? actor[..ActorMaxLength] : actor;
    }

    /// <summary>Vouchers a caller may see: district all; a street officer their street; institutions those that chose them.</summary>
    public static IQueryable<EmploymentVoucher> InScope(this IQueryable<EmploymentVoucher> query, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Street => query.Where(v => v.StreetCode == scope.StreetCode),
        _ => query.Where(v => v.InstitutionId != null && ScopeIds(scope).Contains(v.InstitutionId.Value)),
    };

    /// <summary>Declarations a caller may see: district all; a street officer their street; an API client its own.</summary>
    public static IQueryable<VoucherApplication> InScope(this IQueryable<VoucherApplication> query, DataScope scope, ICurrentUser current) =>
        scope.Kind switch
        {
            DataScopeKind.District => query,
            DataScopeKind.Street => query.Where(a => a.StreetCode == scope.StreetCode),
            _ when current.IsClient && current.Id != null => query.Where(a => a.CreatedById == current.Id),
            _ => query.Where(a => false),
        };

    public static bool Allows(this DataScope scope, EmploymentVoucher voucher) => scope.Kind switch
    {
        DataScopeKind.District => true,
        DataScopeKind.Street => voucher.StreetCode == scope.StreetCode,
        _ => voucher.InstitutionId is { } id && scope.InstitutionIds.Contains(id.ToString()),
    };

    /// <summary>403 when a street officer names another street.</summary>
    public static void EnsureStreetAllowed(this DataScope scope, string streetCode)
    {
        if (scope.Kind == DataScopeKind.Street && scope.StreetCode != streetCode)
        {
            throw new ForbiddenException("You can only act for households of your own street. 只能办理本街道的业务。");
        }
    }

    public static List<Guid> ScopeIds(DataScope scope) =>
        scope.InstitutionIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToList();
}
