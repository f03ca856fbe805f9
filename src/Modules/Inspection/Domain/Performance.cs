namespace Jiafu.Inspection.Domain;

/// <summary>One yearly performance evaluation (年度绩效考评) run: replaced as a whole when the year is evaluated again.</summary>
public sealed class PerformanceRun
{
    public int Year { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public required string ComputedBy { get; set; }

    /// <summary>The parameters used, as text (weights, defaults, excellent share and minimum).</summary>
    public required string Parameters { get; set; }

    public int InstitutionCount { get; set; }

    public int ExcellentCount { get; set; }
}

/// <summary>
/// An institution's result of a run, with its components (0–100 each). Scores are stored in hundredths (integers) so that
/// they sort correctly on every provider.
/// </summary>
public sealed class PerformanceResult
{
    public int Year { get; set; }

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public required string StreetCode { get; set; }

    /// <summary>The annual inspection score (年检得分) of the year, if one was recorded.</summary>
    public int? InspectionScore { get; set; }

    public int InspectionComponent { get; set; }

    public int SubstantiatedComplaints { get; set; }

    public int ComplaintComponent { get; set; }

    public int EvaluationCount { get; set; }

    /// <summary>Average rating × 100, when there are evaluations.</summary>
    public int? EvaluationAverage { get; set; }

    public int EvaluationComponent { get; set; }

    public int ChecksConfirmed { get; set; }

    public int ChecksDiscrepancy { get; set; }

    public int VerificationComponent { get; set; }

    public int Total { get; set; }

    /// <summary>Competition rank (1, 2, 2, 4 …) by total, descending.</summary>
    public int Rank { get; set; }

    /// <summary>In the top group (优秀).</summary>
    public bool Excellent { get; set; }
}

/// <summary>What the formula reads for one institution in one year.</summary>
public sealed record PerformanceInputs(
    int? InspectionScore, int SubstantiatedComplaints, int EvaluationCount, int RatingSum, int ChecksConfirmed, int ChecksDiscrepancy);

/// <summary>The components and total of one institution, each 0–100 with two decimals.</summary>
public sealed record PerformanceScore(decimal Inspection, decimal Complaints, decimal? EvaluationAverage, decimal Evaluations, decimal Verification, decimal Total);

/// <summary>The parameterised formula of <see cref="PerformanceOptions"/>; pure, so it is tested at its edges.</summary>
public static class PerformanceFormula
{
    public static PerformanceScore Score(PerformanceInputs x, PerformanceOptions o)
    {
        var inspection = Clamp(x.InspectionScore ?? o.NotInspectedScore);
        var complaints = Clamp(100m - (decimal)o.ComplaintDeduction * x.SubstantiatedComplaints);
        decimal? average = x.EvaluationCount > 0 ? Round((decimal)x.RatingSum / x.EvaluationCount) : null;
        var evaluations = x.EvaluationCount > 0 ? Clamp(Round(((decimal)x.RatingSum / x.EvaluationCount - 1m) / 4m * 100m)) : Clamp(o.NoEvaluationScore);
        var checks = x.ChecksConfirmed + x.ChecksDiscrepancy;
        var verification = checks > 0 ? Round(100m * x.ChecksConfirmed / checks) : Clamp(o.NoVerificationScore);
        var weights = (decimal)o.InspectionWeight + o.ComplaintWeight + o.ServiceEvaluationWeight + o.VerificationWeight;
        var total = weights <= 0
            ? 0m
            : Round((inspection * o.InspectionWeight + complaints * o.ComplaintWeight + evaluations * o.ServiceEvaluationWeight
                + verification * o.VerificationWeight) / weights);
        return new PerformanceScore(inspection, complaints, average, evaluations, verification, total);
    }

    /// <summary>
    /// The number of institutions the top group may hold: ⌈count × share⌉ (at least one when the share is positive and anyone is
    /// evaluated).
    /// </summary>
    public static int ExcellentQuota(int count, int sharePercent) =>
        count <= 0 || sharePercent <= 0 ? 0 : Math.Min(count, (int)Math.Ceiling(count * Math.Min(sharePercent, 100) / 100m));

    /// <summary>
    /// Ranks the totals (competition ranking) and marks the top group: the first <see cref="ExcellentQuota"/> by total, with
    /// those tied with the last of them, and only those reaching <see cref="PerformanceOptions.ExcellentMinScore"/>.
    /// </summary>
    public static IReadOnlyList<(int Rank, bool Excellent)> Rank(IReadOnlyList<decimal> totals, PerformanceOptions o)
    {
        var order = totals.Select((t, i) => (Total: t, Index: i)).OrderByDescending(x => x.Total).ThenBy(x => x.Index).ToList();
        var quota = ExcellentQuota(totals.Count, o.ExcellentSharePercent);
        var cutoff = quota == 0 ? decimal.MaxValue : Math.Max(order[quota - 1].Total, o.ExcellentMinScore);
        var result = new (int Rank, bool Excellent)[totals.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var rank = i > 0 && order[i].Total == order[i - 1].Total ? result[order[i - 1].Index].Rank : i + 1;
            result[order[i].Index] = (rank, order[i].Total >= cutoff);
        }

        return result;
    }

    public static int Hundredths(decimal value) => (int)Math.Round(value * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromHundredths(int value) => value / 100m;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Clamp(decimal value) => Math.Clamp(Round(value), 0m, 100m);
}
