namespace Jiafu.Subsidy;

/// <summary>
/// Configuration section <c>Subsidy</c>: every amount, rate, cap and threshold of the policy catalogue
/// (一贴息七补贴一减免, plan §1–3 and §15). These are the year-independent defaults (parameter version 0); the district
/// sets a year's parameters through the catalogue, which keeps every version.
/// </summary>
public sealed class SubsidyOptions
{
    public const string SectionName = "Subsidy";

    /// <summary>创业担保贷款贴息: share of the interest actually paid that is refunded (plan §1: 全额贴息 = 1.00).</summary>
    public decimal LoanInterestDiscountRate { get; set; } = 1.00m;

    /// <summary>奖补: the most one award may be, in yuan (plan §1: 不超过10万元).</summary>
    public decimal AwardMaxAmount { get; set; } = 100_000m;

    /// <summary>社保补贴: the most months one person is subsidised. The plan says 按规定; 36 months is the usual national rule (an assumption to confirm).</summary>
    public int SocialInsuranceMaxMonthsPerPerson { get; set; } = 36;

    /// <summary>社保补贴: yuan per person and month of social insurance paid. The plan says 按规定 and sets no figure; a placeholder to confirm.</summary>
    public decimal SocialInsuranceMonthlyAmount { get; set; } = 500m;

    /// <summary>失业保险返还: share of last year's premium (enterprise and staff) refunded (plan §3: 最高可提至 100%).</summary>
    public decimal UnemploymentRefundRate { get; set; } = 1.00m;

    /// <summary>失业保险返还: the highest layoff rate that qualifies (plan §3: 上年度全国城镇调查失业率 5.5%).</summary>
    public decimal UnemploymentMaxLayoffRate { get; set; } = 0.055m;

    /// <summary>失业保险返还: enterprises with at most this many insured staff get the relaxed rate (plan §3: 30人(含)以下).</summary>
    public int UnemploymentSmallEnterpriseMaxInsuredStaff { get; set; } = 30;

    /// <summary>失业保险返还: the relaxed layoff rate for small enterprises (plan §3: 不超过企业职工总数20%).</summary>
    public decimal UnemploymentSmallEnterpriseMaxLayoffRate { get; set; } = 0.20m;

    /// <summary>意外伤害保险补贴: share of commercial accident-insurance premiums (plan §2: 50%).</summary>
    public decimal AccidentInsuranceRate { get; set; } = 0.50m;

    /// <summary>健康体检补贴: share of health-check costs (plan §2: 50%).</summary>
    public decimal HealthCheckRate { get; set; } = 0.50m;

    /// <summary>服务费用减免: yuan per qualifying household service (plan §15: 50元).</summary>
    public decimal ServiceFeeReductionPerService { get; set; } = 50m;

    /// <summary>服务费用减免: the most reductions one household gets in a year. The plan sets no number; 12 is a placeholder to confirm.</summary>
    public int ServiceFeeReductionMaxPerHouseholdPerYear { get; set; } = 12;

    /// <summary>
    /// 服务费用减免: the catalogue of resident-household services (服务项目) a service record may name. The plan names the
    /// main formats (家政服务、养老服务、社区照料服务、病患陪护服务, §(三)); the list is the district's to set. Configured as
    /// an array under <c>Subsidy:ServiceFeeReductionServiceTypes</c>, which replaces the defaults as a whole.
    /// </summary>
    public string[]? ServiceFeeReductionServiceTypes { get; set; }

    /// <summary>The service types in force: the configured catalogue, or the defaults when none is configured.</summary>
    public IReadOnlyList<string> ServiceTypes => ServiceFeeReductionServiceTypes is { Length: > 0 } configured ? configured : DefaultServiceTypes;

    /// <summary>The default catalogue of service types (服务项目).</summary>
    public static readonly IReadOnlyList<string> DefaultServiceTypes =
        ["保洁", "月嫂", "育婴", "养老护理", "病患陪护", "社区照料", "家庭烹饪", "家电清洗", "家庭教育", "家庭保健"];

    /// <summary>Why the options cannot be used, or <c>null</c>: service types blank, longer than 50 characters or repeated.</summary>
    public string? Problem()
    {
        var types = ServiceTypes;
        if (types.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > 50))
        {
            return "Subsidy:ServiceFeeReductionServiceTypes must be non-blank names of at most 50 characters.";
        }

        return types.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != types.Count
            ? "Subsidy:ServiceFeeReductionServiceTypes must not repeat a service type."
            : null;
    }

    /// <summary>Evidence files (申报材料): the largest accepted file, in bytes (10 MB).</summary>
    public long EvidenceMaxFileBytes { get; set; } = 10 * 1024 * 1024;
}
