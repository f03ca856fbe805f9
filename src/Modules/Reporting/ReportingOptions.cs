namespace Jiafu.Reporting;

/// <summary>The plan's yearly targets and the report forms' header (configuration section <c>Reporting</c>).</summary>
public sealed class ReportingOptions
{
    public const string SectionName = "Reporting";

    /// <summary>New institutions recognised a year (新增家庭服务机构): 5–10 by the plan.</summary>
    public TargetRange NewInstitutions { get; set; } = new(5, 10);

    /// <summary>Community household-service stations recognised a year (社区家庭服务站): 3–5.</summary>
    public TargetRange NewStations { get; set; } = new(3, 5);

    /// <summary>City brands a year (市级特色品牌): 1–2.</summary>
    public TargetRange CityBrands { get; set; } = new(1, 2);

    /// <summary>Employment-promotion vouchers a year (促进就业券): 5000.</summary>
    public int Vouchers { get; set; } = 5000;

    /// <summary>Their value, yuan: 1,000,000.</summary>
    public decimal VoucherValue { get; set; } = 1_000_000m;

    /// <summary>The reporting unit printed on every report form (填报单位).</summary>
    public string ReportingUnit { get; set; } = "昆都仑区人力资源和社会保障局（就业服务中心）";

    /// <summary>
    /// Seconds the dashboard's register, training, voucher and subsidy figures are kept per data scope and year before they
    /// are computed again (ADR 0067): 60, a minute's staleness on the home page; 0 computes them on every request.
    /// </summary>
    public int DashboardCacheSeconds { get; set; } = 60;
}

/// <summary>A target given as a range: at least <see cref="Min"/>, at most <see cref="Max"/> planned.</summary>
public sealed record TargetRange(int Min, int Max);
