namespace Jiafu.Subsidy.Domain;

/// <summary>The codes of the policy items (一贴息七补贴一减免).</summary>
public static class PolicyItems
{
    public const string LoanInterestDiscount = "LoanInterestDiscount";
    public const string Award = "Award";
    public const string TrainingSubsidy = "TrainingSubsidy";
    public const string CertificationSubsidy = "CertificationSubsidy";
    public const string SocialInsuranceSubsidy = "SocialInsuranceSubsidy";
    public const string UnemploymentInsuranceRefund = "UnemploymentInsuranceRefund";
    public const string AccidentInsuranceSubsidy = "AccidentInsuranceSubsidy";
    public const string HealthCheckSubsidy = "HealthCheckSubsidy";
    public const string ServiceFeeReduction = "ServiceFeeReduction";

    /// <summary>The items claimed per staff member (<c>inputs.staff</c>): 社保补贴, 意外伤害保险补贴, 健康体检补贴.</summary>
    public static bool ClaimsStaff(string code) => code is SocialInsuranceSubsidy or AccidentInsuranceSubsidy or HealthCheckSubsidy;

    /// <summary>Staff categories of the social-insurance subsidy (社保补贴人员类别).</summary>
    public static readonly IReadOnlyDictionary<string, string> StaffCategories = new Dictionary<string, string>
    {
        ["HardToEmploy"] = "就业困难人员",
        ["RecentGraduate"] = "高校毕业生",
    };

    /// <summary>Award categories (奖补类别).</summary>
    public static readonly IReadOnlyDictionary<string, string> AwardCategories = new Dictionary<string, string>
    {
        ["CommunityCentre"] = "考评合格的家庭服务社区中心（站）",
        ["ProfessionalMarket"] = "考评合格的专业服务市场",
        ["ExcellentPerformance"] = "年度业绩考评优秀",
        ["BrandTitle"] = "获评品牌称号",
    };
}

/// <summary>One parameter of a policy item: a name, its meaning, and whether it is a whole number.</summary>
public sealed record ParameterDefinition(string Name, string Description, bool IsInteger = false);

/// <summary>A policy item of the catalogue: code, Chinese name, the plan's wording, its parameters, and whether applications are taken yet.</summary>
public sealed record PolicyItem(string Code, string Name, string Basis, IReadOnlyList<ParameterDefinition> Parameters, bool AcceptsApplications);

/// <summary>The catalogue: the plan's nine items with their parameters; defaults come from <see cref="SubsidyOptions"/>.</summary>
public static class PolicyCatalogue
{
    public const string DiscountRate = "DiscountRate";
    public const string MaxAmount = "MaxAmount";
    public const string MaxMonthsPerPerson = "MaxMonthsPerPerson";
    public const string MonthlyAmount = "MonthlyAmount";
    public const string RefundRate = "RefundRate";
    public const string MaxLayoffRate = "MaxLayoffRate";
    public const string SmallEnterpriseMaxInsuredStaff = "SmallEnterpriseMaxInsuredStaff";
    public const string SmallEnterpriseMaxLayoffRate = "SmallEnterpriseMaxLayoffRate";
    public const string Rate = "Rate";
    public const string AmountPerService = "AmountPerService";
    public const string MaxPerHouseholdPerYear = "MaxPerHouseholdPerYear";

    public static readonly IReadOnlyList<PolicyItem> Items =
    [
        new(PolicyItems.LoanInterestDiscount, "创业担保贷款贴息", "对全区家庭服务机构申请创业担保贷款给予全额贴息",
            [new(DiscountRate, "Share of the interest actually paid 贴息比例")], true),
        new(PolicyItems.Award, "奖补资金", "对考评合格的社区中心（站）、专业服务市场和年度业绩考评优秀及获评品牌称号的机构给予不超过10万元的奖补资金支持",
            [new(MaxAmount, "Most one award may be, yuan 单项奖补上限（元）")], true),
        new(PolicyItems.TrainingSubsidy, "技能培训补贴", "给予家庭服务从业人员技能培训补贴（按培训项目标准，结业学员）", [], true),
        new(PolicyItems.CertificationSubsidy, "技能鉴定补贴", "给予家庭服务从业人员鉴定补贴（按培训项目标准，取得证书学员）", [], true),
        new(PolicyItems.SocialInsuranceSubsidy, "社保补贴", "对备案的员工制家庭服务企业吸纳就业困难人员或高校毕业生就业并缴纳社会保险费的按规定予以社保补贴",
            [
                new(MonthlyAmount, "Yuan per person and month 每人每月补贴金额（元）"),
                new(MaxMonthsPerPerson, "Most months per person 每人最长补贴月数", IsInteger: true),
            ], true),
        new(PolicyItems.UnemploymentInsuranceRefund, "失业保险返还", "中小微家服企业裁员率不高于5.5%（参保职工30人及以下不超过20%）的，返还上年度缴纳失业保险费最高100%",
            [
                new(RefundRate, "Share of last year's premium refunded 返还比例"),
                new(MaxLayoffRate, "Highest qualifying layoff rate 裁员率上限"),
                new(SmallEnterpriseMaxInsuredStaff, "Insured staff up to which the relaxed rate applies 小微企业参保职工人数上限", IsInteger: true),
                new(SmallEnterpriseMaxLayoffRate, "Relaxed layoff rate 放宽后的裁员率上限"),
            ], true),
        new(PolicyItems.AccidentInsuranceSubsidy, "意外伤害保险补贴", "给予员工制家庭服务企业从业人员50%的商业意外伤害保险费用补贴",
            [new(Rate, "Share of the premium 补贴比例")], true),
        new(PolicyItems.HealthCheckSubsidy, "健康体检补贴", "给予员工制家庭服务企业从业人员健康体检费用补贴",
            [new(Rate, "Share of the cost 补贴比例")], true),
        new(PolicyItems.ServiceFeeReduction, "居民家庭服务费用减免", "给予居民家庭50元服务费用减免",
            [
                new(AmountPerService, "Yuan per qualifying service 每次减免金额（元）"),
                new(MaxPerHouseholdPerYear, "Most reductions per household and year 每户每年最多次数", IsInteger: true),
            ], true),
    ];

    /// <summary>Items only a filed employee-based enterprise (备案的员工制企业) may apply for (plan §2).</summary>
    public static bool RequiresEmployeeFiling(string code) =>
        code is PolicyItems.SocialInsuranceSubsidy or PolicyItems.AccidentInsuranceSubsidy or PolicyItems.HealthCheckSubsidy;

    public static PolicyItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);

    /// <summary>Version 0 of an item's parameters: the configured defaults.</summary>
    public static IReadOnlyDictionary<string, decimal> Defaults(string code, SubsidyOptions o) => code switch
    {
        PolicyItems.LoanInterestDiscount => new Dictionary<string, decimal> { [DiscountRate] = o.LoanInterestDiscountRate },
        PolicyItems.Award => new Dictionary<string, decimal> { [MaxAmount] = o.AwardMaxAmount },
        PolicyItems.SocialInsuranceSubsidy => new Dictionary<string, decimal>
        {
            [MonthlyAmount] = o.SocialInsuranceMonthlyAmount,
            [MaxMonthsPerPerson] = o.SocialInsuranceMaxMonthsPerPerson,
        },
        PolicyItems.UnemploymentInsuranceRefund => new Dictionary<string, decimal>
        {
            [RefundRate] = o.UnemploymentRefundRate,
            [MaxLayoffRate] = o.UnemploymentMaxLayoffRate,
            [SmallEnterpriseMaxInsuredStaff] = o.UnemploymentSmallEnterpriseMaxInsuredStaff,
            [SmallEnterpriseMaxLayoffRate] = o.UnemploymentSmallEnterpriseMaxLayoffRate,
        },
        PolicyItems.AccidentInsuranceSubsidy => new Dictionary<string, decimal> { [Rate] = o.AccidentInsuranceRate },
        PolicyItems.HealthCheckSubsidy => new Dictionary<string, decimal> { [Rate] = o.HealthCheckRate },
        PolicyItems.ServiceFeeReduction => new Dictionary<string, decimal>
        {
            [AmountPerService] = o.ServiceFeeReductionPerService,
            [MaxPerHouseholdPerYear] = o.ServiceFeeReductionMaxPerHouseholdPerYear,
        },
        _ => new Dictionary<string, decimal>(),
    };
}

/// <summary>
/// One version of a policy item's parameters for a year (参数版本), effective from a date. Versions are never edited:
/// a change is a new version, so an application's breakdown always names the parameters it was computed with.
/// </summary>
public sealed class PolicyParameterVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string ItemCode { get; set; }

    public int Year { get; set; }

    /// <summary>1, 2, … per item and year (0 is the configured default, never stored).</summary>
    public int Version { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The parameters as JSON (<c>{"RefundRate":1.0,…}</c>).</summary>
    public required string ParametersJson { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
