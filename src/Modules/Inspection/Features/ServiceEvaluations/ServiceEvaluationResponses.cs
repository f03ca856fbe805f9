using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.ServiceEvaluations;

/// <summary>A service evaluation (服务评价).</summary>
/// <param name="ServiceReference">The submitter's reference of the service (order or voucher number); one evaluation per submitter and reference.</param>
/// <param name="Rating">1 (very dissatisfied 很不满意) to 5 (very satisfied 很满意).</param>
/// <param name="SubmittedBy">The platform (API client) or officer who submitted it.</param>
public sealed record ServiceEvaluationResponse(
    Guid Id, Guid InstitutionId, string InstitutionName, string ServiceReference, DateOnly ServiceDate, int Rating, string? Comment, string SubmittedBy,
    DateTimeOffset CreatedAt)
{
    public static ServiceEvaluationResponse From(ServiceEvaluation e) =>
        new(e.Id, e.InstitutionId, e.InstitutionName, e.ServiceReference, e.ServiceDate, e.Rating, e.Comment, e.SubmittedBy, e.CreatedAt);
}

/// <summary>An institution's service evaluations summed up (服务评价汇总).</summary>
/// <param name="Average">The average rating with two decimals; null without evaluations.</param>
/// <param name="ByRating">How many evaluations gave 1, 2, 3, 4 and 5 (index 0 is rating 1).</param>
public sealed record ServiceEvaluationSummaryResponse(
    Guid InstitutionId, DateOnly? From, DateOnly? To, int Count, decimal? Average, IReadOnlyList<int> ByRating, DateOnly? LatestServiceDate);
