namespace Jiafu.Inspection;

/// <summary>
/// Configuration section <c>Inspection</c>: the parameters of supervision (plan §5, §7, §11). Every number of the credit
/// rule, the sampling rates and the draw lives here with its default; none is a literal in the code.
/// </summary>
public sealed class InspectionOptions
{
    public const string SectionName = "Inspection";

    /// <summary>Inspectors drawn for each object of a spot check and assigned to each annual-inspection task (双随机: at least two).</summary>
    public int InspectorsPerObject { get; set; } = 2;

    /// <summary>Recuse an inspector whose own street is the institution's street (besides inspectors tied to the institution).</summary>
    public bool RecuseSameStreet { get; set; }

    /// <summary>How often overdue rectifications (限期整改) are escalated.</summary>
    public TimeSpan EscalationCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The credit rule (信用等级评定).</summary>
    public CreditRuleOptions Credit { get; set; } = new();

    /// <summary>Spot-check sampling rate per credit class, in per mille (A 5%, B 10%, C 20%, D 50%: lower classes are checked more).</summary>
    public SamplingRates SamplingRates { get; set; } = new();

    /// <summary>The yearly performance evaluation (绩效考评).</summary>
    public PerformanceOptions Performance { get; set; } = new();
}

/// <summary>
/// Score = <see cref="BaseScore"/> + the points of every integrity entry of the last <see cref="WindowYears"/> years.
/// Class A from <see cref="ClassAMinScore"/>, B from <see cref="ClassBMinScore"/>, C from <see cref="ClassCMinScore"/>, D below;
/// a 不合格 outcome or an overdue rectification in the window caps the class at C. Red list: class A with no negative entry
/// in the window. Black list: class D, or a 不合格 outcome in the window.
/// </summary>
public sealed class CreditRuleOptions
{
    public int BaseScore { get; set; } = 100;

    public int WindowYears { get; set; } = 3;

    public int ClassAMinScore { get; set; } = 105;

    public int ClassBMinScore { get; set; } = 90;

    public int ClassCMinScore { get; set; } = 70;

    /// <summary>Annual inspection 合格.</summary>
    public int InspectionPassedPoints { get; set; } = 5;

    /// <summary>Annual inspection 限期整改.</summary>
    public int InspectionRectifyPoints { get; set; } = -10;

    /// <summary>Annual inspection 不合格.</summary>
    public int InspectionFailedPoints { get; set; } = -40;

    /// <summary>A rectification not done by its date (escalated).</summary>
    public int RectificationOverduePoints { get; set; } = -20;

    /// <summary>A spot check confirmed what was declared.</summary>
    public int SpotCheckConfirmedPoints { get; set; } = 2;

    /// <summary>A spot check found a discrepancy (抽查不实).</summary>
    public int SpotCheckDiscrepancyPoints { get; set; } = -15;

    /// <summary>An upheld complaint (投诉属实).</summary>
    public int ComplaintPoints { get; set; } = -5;

    /// <summary>A reward or title (表彰、品牌称号).</summary>
    public int RewardPoints { get; set; } = 10;
}

/// <summary>Sampling rates per credit class in per mille (‰).</summary>
public sealed class SamplingRates
{
    public int A { get; set; } = 50;

    public int B { get; set; } = 100;

    public int C { get; set; } = 200;

    public int D { get; set; } = 500;
}

/// <summary>
/// The yearly performance evaluation (绩效考评), section <c>Inspection:Performance</c>. Four components, each 0–100:
/// the annual inspection score of the year (or <see cref="NotInspectedScore"/>); complaints, 100 − <see cref="ComplaintDeduction"/>
/// per substantiated complaint received in the year (not below 0); service evaluations, (average rating − 1) / 4 × 100 (or
/// <see cref="NoEvaluationScore"/>); verification, the share of the year's spot checks confirmed (or <see cref="NoVerificationScore"/>).
/// Total = the weighted mean with the weights below. The top <see cref="ExcellentSharePercent"/> (rounded up, ties included) with at
/// least <see cref="ExcellentMinScore"/> are excellent (优秀).
/// </summary>
public sealed class PerformanceOptions
{
    public int InspectionWeight { get; set; } = 40;

    public int ComplaintWeight { get; set; } = 20;

    public int ServiceEvaluationWeight { get; set; } = 20;

    public int VerificationWeight { get; set; } = 20;

    /// <summary>Points off the complaint component per substantiated complaint (投诉属实).</summary>
    public int ComplaintDeduction { get; set; } = 20;

    /// <summary>The inspection component of an institution without a recorded annual inspection score that year.</summary>
    public int NotInspectedScore { get; set; }

    /// <summary>The service-evaluation component of an institution without evaluations that year.</summary>
    public int NoEvaluationScore { get; set; } = 60;

    /// <summary>The verification component of an institution without spot-check results that year.</summary>
    public int NoVerificationScore { get; set; } = 100;

    /// <summary>The top group's share of the evaluated institutions, percent (前10%).</summary>
    public int ExcellentSharePercent { get; set; } = 10;

    /// <summary>The least total an excellent institution must reach.</summary>
    public int ExcellentMinScore { get; set; } = 85;
}
