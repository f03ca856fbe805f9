using System.Text.Json.Serialization;
using Jiafu.Contracts.Training;
using Jiafu.Subsidy.Domain;

namespace Jiafu.Subsidy.Features.Rules;

/// <summary>One step of a calculation, in words and figures (计算步骤).</summary>
public sealed record CalculationStep(string Label, string Value);

/// <summary>
/// The result of an item's rule (计算明细): the inputs, the parameter version and values used, each step, whether the
/// application is eligible (and why not), the amount in yuan, and the claims it makes (subject keys for one period).
/// </summary>
public sealed record Calculation(
    string ItemCode,
    int Year,
    int ParameterVersion,
    IReadOnlyDictionary<string, decimal> Parameters,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<CalculationStep> Steps,
    bool Eligible,
    string? Reason,
    decimal Amount,
    string Period,
    IReadOnlyList<string> SubjectKeys)
{
    /// <summary>The input the <c>reason</c> is about, when it is one (e.g. <c>inputs.staff[1].idNumber</c>).</summary>
    public string? ReasonField { get; init; }

    /// <summary>
    /// The claims to insert when they are not simply <see cref="SubjectKeys"/> for <see cref="Period"/> (several periods,
    /// or claims that count against a limit). Not part of the stored or shown breakdown.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ClaimKey> Claims { get; init; } = [];

    /// <summary>The limits the claims count against, raised by a conditional update on submission. Not shown.</summary>
    [JsonIgnore]
    public IReadOnlyList<CounterUse> Counters { get; init; } = [];

    /// <summary>Every claim the calculation makes.</summary>
    public IReadOnlyList<ClaimKey> AllClaims() =>
        Claims.Count > 0 ? Claims : SubjectKeys.Select(k => new ClaimKey(Period, k)).ToList();
}

/// <summary>One claim (item implied): a period and a subject, and the limit counter it counts against, if any.</summary>
public sealed record ClaimKey(string Period, string SubjectKey, string? CounterScope = null, string? CounterSubject = null);

/// <summary>
/// A limit a submission counts against: <paramref name="Count"/> more of at most <paramref name="Max"/> for the counter
/// (scope, subject); <paramref name="Label"/> names the subject in the refusal (masked).
/// </summary>
public sealed record CounterUse(string Scope, string Subject, int Count, int Max, string Label);

/// <summary>The parameters one calculation uses: the version number and the values.</summary>
public sealed record ParameterSet(int Version, IReadOnlyDictionary<string, decimal> Values)
{
    public decimal this[string name] => Values[name];
}

/// <summary>失业保险返还: refund of last year's premium when the layoff rate qualifies (plan §3).</summary>
public static class UnemploymentRefundRule
{
    public static Calculation Calculate(int year, ParameterSet p, Guid institutionId, int insuredStaff, int laidOffStaff, decimal lastYearPremium)
    {
        var maxRate = p[PolicyCatalogue.MaxLayoffRate];
        var smallMaxStaff = p[PolicyCatalogue.SmallEnterpriseMaxInsuredStaff];
        var smallRate = p[PolicyCatalogue.SmallEnterpriseMaxLayoffRate];
        var refundRate = p[PolicyCatalogue.RefundRate];
        var steps = new List<CalculationStep>();
        var inputs = new Dictionary<string, string>
        {
            ["insuredStaff"] = insuredStaff.ToString(),
            ["laidOffStaff"] = laidOffStaff.ToString(),
            ["lastYearPremium"] = lastYearPremium.ToString("0.00"),
        };
        string? reason = null;
        if (insuredStaff <= 0 || laidOffStaff < 0 || laidOffStaff > insuredStaff)
        {
            reason = "The layoff count must be between 0 and the insured staff. 裁员人数须在0与参保职工人数之间。";
        }
        else
        {
            // Compared without dividing: laidOff ≤ rate × insured is exact in decimal.
            var layoffRate = Math.Round((decimal)laidOffStaff / insuredStaff, 6);
            steps.Add(new("Layoff rate 裁员率", $"{laidOffStaff} / {insuredStaff} = {layoffRate:P2}"));
            if (laidOffStaff <= maxRate * insuredStaff)
            {
                steps.Add(new("Standard threshold 标准", $"{layoffRate:P2} ≤ {maxRate:P2}: eligible 符合"));
            }
            else if (insuredStaff <= smallMaxStaff && laidOffStaff <= smallRate * insuredStaff)
            {
                steps.Add(new("Standard threshold 标准", $"{layoffRate:P2} > {maxRate:P2}"));
                steps.Add(new("Small enterprise threshold 参保职工30人(含)以下放宽标准",
                    $"{insuredStaff} ≤ {smallMaxStaff:0} and {layoffRate:P2} ≤ {smallRate:P2}: eligible 符合"));
            }
            else
            {
                steps.Add(new("Standard threshold 标准", $"{layoffRate:P2} > {maxRate:P2}"));
                reason = insuredStaff <= smallMaxStaff
                    ? $"Layoff rate {layoffRate:P2} is above {smallRate:P2}. 裁员率超过{smallRate:P2}，不符合返还条件。"
                    : $"Layoff rate {layoffRate:P2} is above {maxRate:P2} and the enterprise has more than {smallMaxStaff:0} insured staff. 裁员率超过{maxRate:P2}且参保职工超过{smallMaxStaff:0}人，不符合返还条件。";
            }
        }

        var amount = 0m;
        if (reason is null)
        {
            amount = decimal.Round(lastYearPremium * refundRate, 2, MidpointRounding.AwayFromZero);
            steps.Add(new("Refund 返还金额", $"{lastYearPremium:0.00} × {refundRate:P0} = {amount:0.00}"));
            if (amount <= 0)
            {
                reason = "Last year's premium must be positive. 上年度缴纳的失业保险费须大于0。";
            }
        }

        return new Calculation(PolicyItems.UnemploymentInsuranceRefund, year, p.Version, p.Values, inputs, steps, reason is null, reason,
            reason is null ? amount : 0m, year.ToString(), [institutionId.ToString()]);
    }
}

/// <summary>奖补: the requested amount, at most the cap (plan §1: 不超过10万元).</summary>
public static class AwardRule
{
    public const string ExcellentPerformance = "ExcellentPerformance";

    /// <param name="excellentPerformance">
    /// For <c>ExcellentPerformance</c> (年度业绩考评优秀): whether the year's performance evaluation (绩效考评) marked the institution
    /// excellent; false makes the application ineligible; null when no evaluation source is available (checked by the reviewers).
    /// </param>
    public static Calculation Calculate(
        int year, ParameterSet p, Guid institutionId, string category, decimal requestedAmount, bool? excellentPerformance = null)
    {
        var cap = p[PolicyCatalogue.MaxAmount];
        var inputs = new Dictionary<string, string> { ["awardCategory"] = category, ["requestedAmount"] = requestedAmount.ToString("0.00") };
        var steps = new List<CalculationStep>();
        string? reason = null;
        if (!PolicyItems.AwardCategories.TryGetValue(category, out var categoryName))
        {
            reason = "Unknown award category. 奖补类别无效。";
        }
        else if (requestedAmount <= 0)
        {
            reason = "The requested amount must be positive. 申请金额须大于0。";
        }
        else if (category == ExcellentPerformance && excellentPerformance == false)
        {
            reason = $"Not marked excellent in the {year} performance evaluation. 未被评为{year}年度绩效考评优秀。";
        }

        var amount = 0m;
        if (reason is null)
        {
            steps.Add(new("Category 类别", categoryName!));
            amount = Math.Min(requestedAmount, cap);
            steps.Add(new("Cap 上限", requestedAmount > cap
                ? $"{requestedAmount:0.00} > {cap:0.00}: capped 按上限核定 {amount:0.00}"
                : $"{requestedAmount:0.00} ≤ {cap:0.00}"));
            steps.Add(new("Conditions 条件", category == ExcellentPerformance && excellentPerformance == true
                ? $"Marked excellent in the {year} performance evaluation. {year}年度绩效考评优秀。"
                : "The evaluation result is checked by the reviewers. 考评结果由审核人核实。"));
        }

        return new Calculation(PolicyItems.Award, year, p.Version, p.Values, inputs, steps, reason is null, reason, amount,
            year.ToString(), [$"{institutionId}:{category}"]);
    }
}

/// <summary>
/// 培训补贴 / 鉴定补贴: the programme's per-trainee standard for each trainee of a completed class — every completed
/// trainee for the training subsidy, those with a valid certificate for the certification subsidy.
/// </summary>
public static class TrainingSubsidyRule
{
    public static Calculation Calculate(int year, ParameterSet p, string itemCode, Guid institutionId, ClassOutcome? outcome)
    {
        var certification = itemCode == PolicyItems.CertificationSubsidy;
        var inputs = new Dictionary<string, string> { ["classId"] = outcome?.Class.ClassId.ToString() ?? "" };
        var steps = new List<CalculationStep>();
        string? reason = null;
        decimal? standard = null;
        var counted = new List<TraineeOutcome>();
        if (outcome is null)
        {
            reason = "No such class. 培训班不存在。";
        }
        else if (outcome.Class.ProviderInstitutionId != institutionId)
        {
            reason = "The class was not run by this institution. 该培训班不是本机构举办的。";
        }
        else if (outcome.Class.Status is not ("Completed" or "Settled"))
        {
            reason = $"The class is {outcome.Class.Status}, not completed. 培训班尚未结业。";
        }
        else
        {
            standard = certification ? outcome.Class.CertificationSubsidyPerTrainee : outcome.Class.TrainingSubsidyPerTrainee;
            steps.Add(new("Class 培训班", $"{outcome.Class.Name} ({outcome.Class.ProgrammeName}), {outcome.Trainees.Count} completed 结业"));
            if (standard is not > 0)
            {
                reason = "The programme has no subsidy standard for the year. 该培训项目未设定本年度补贴标准。";
            }
            else
            {
                counted = certification
                    ? outcome.Trainees.Where(t => t.Certified && t.CertificateStatus == "Valid").ToList()
                    : outcome.Trainees.ToList();
                if (certification)
                {
                    steps.Add(new("Certified 取得证书", $"{counted.Count} of {outcome.Trainees.Count}; not certified or revoked 未取得或已撤销: {outcome.Trainees.Count - counted.Count}"));
                }

                if (counted.Count == 0)
                {
                    reason = certification ? "No trainee of the class holds a valid certificate. 该班没有取得有效证书的学员。" : "No trainee completed the class. 该班没有结业学员。";
                }
            }
        }

        var amount = 0m;
        if (reason is null)
        {
            amount = counted.Count * standard!.Value;
            steps.Add(new("Amount 金额", $"{counted.Count} × {standard.Value:0.00} = {amount:0.00}"));
        }

        var period = outcome is null ? year.ToString() : $"{outcome.Class.ProgrammeId}:{year}";
        return new Calculation(itemCode, year, p.Version, p.Values, inputs, steps, reason is null, reason, amount, period,
            reason is null ? counted.Select(t => t.IdNumberHash).Distinct().ToList() : []);
    }
}
