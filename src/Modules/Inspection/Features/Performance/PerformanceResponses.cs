using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.Performance;

/// <summary>A yearly performance evaluation run (年度绩效考评).</summary>
/// <param name="Parameters">The weights and defaults used, as text.</param>
public sealed record PerformanceRunResponse(
    int Year, DateTimeOffset ComputedAt, string ComputedBy, string Parameters, int InstitutionCount, int ExcellentCount)
{
    public static PerformanceRunResponse From(PerformanceRun r) => new(r.Year, r.ComputedAt, r.ComputedBy, r.Parameters, r.InstitutionCount, r.ExcellentCount);
}

/// <summary>One institution's result with its components (each 0–100, two decimals).</summary>
/// <param name="InspectionScore">The annual inspection score (年检得分) of the year; null when none was recorded.</param>
/// <param name="InspectionComponent">年检 component.</param>
/// <param name="SubstantiatedComplaints">Substantiated complaints (投诉属实) received in the year.</param>
/// <param name="ComplaintComponent">投诉 component.</param>
/// <param name="EvaluationAverage">Average service rating (服务评价均分); null without evaluations.</param>
/// <param name="EvaluationComponent">服务评价 component.</param>
/// <param name="ChecksConfirmed">Spot checks of the year confirmed (抽查属实).</param>
/// <param name="ChecksDiscrepancy">Spot checks of the year with a discrepancy (抽查不实).</param>
/// <param name="VerificationComponent">核查 component.</param>
/// <param name="Total">The weighted total (综合得分).</param>
/// <param name="Rank">Competition rank (1, 2, 2, 4 …).</param>
/// <param name="Excellent">In the top group (优秀).</param>
public sealed record PerformanceResultResponse(
    int Year, Guid InstitutionId, string InstitutionName, string StreetCode, int? InspectionScore, decimal InspectionComponent,
    int SubstantiatedComplaints, decimal ComplaintComponent, int EvaluationCount, decimal? EvaluationAverage, decimal EvaluationComponent,
    int ChecksConfirmed, int ChecksDiscrepancy, decimal VerificationComponent, decimal Total, int Rank, bool Excellent)
{
    public static PerformanceResultResponse From(PerformanceResult r) => new(
        r.Year, r.InstitutionId, r.InstitutionName, r.StreetCode, r.InspectionScore, PerformanceFormula.FromHundredths(r.InspectionComponent),
        r.SubstantiatedComplaints, PerformanceFormula.FromHundredths(r.ComplaintComponent), r.EvaluationCount,
        r.EvaluationAverage is { } a ? PerformanceFormula.FromHundredths(a) : null, PerformanceFormula.FromHundredths(r.EvaluationComponent),
        r.ChecksConfirmed, r.ChecksDiscrepancy, PerformanceFormula.FromHundredths(r.VerificationComponent), PerformanceFormula.FromHundredths(r.Total),
        r.Rank, r.Excellent);
}

/// <summary>A year's ranking (绩效排名): the run and a page of results by rank.</summary>
public sealed record PerformanceRankingResponse(
    PerformanceRunResponse Run, IReadOnlyList<PerformanceResultResponse> Items, int Total, int Page, int PageSize);
