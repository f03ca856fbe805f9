using Jiafu.Shared.District;
using Jiafu.Shared.Security;

namespace Jiafu.Reporting.Features;

/// <summary>How the caller's data scope reads on a dashboard or report (统计范围).</summary>
public static class ReportScope
{
    public static string Label(ICurrentUser current, DistrictOptions district)
    {
        var scope = DataScope.From(current);
        return scope.Kind switch
        {
            DataScopeKind.District => $"全区（{district.Name}）",
            DataScopeKind.Street => district.EffectiveStreets.FirstOrDefault(s => s.Code == scope.StreetCode)?.Name ?? scope.StreetCode ?? "",
            _ => "本机构",
        };
    }

    /// <summary>Today in China (UTC+8).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
