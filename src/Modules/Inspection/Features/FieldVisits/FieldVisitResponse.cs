using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.FieldVisits;

/// <summary>A field visit (实地走访).</summary>
/// <param name="Visitors">The visitors' names (走访人员).</param>
/// <param name="Findings">What they found (走访情况).</param>
/// <param name="FollowUpRequired">A follow-up (整改跟进) is required by <paramref name="FollowUpDue"/>.</param>
/// <param name="FollowUpOverdue">Required, not done, and the due date has passed.</param>
public sealed record FieldVisitResponse(
    Guid Id, Guid InstitutionId, string InstitutionName, string StreetCode, Guid? WorkerId, string? WorkerName, DateOnly VisitedOn, string Visitors,
    string Findings, bool FollowUpRequired, DateOnly? FollowUpDue, DateOnly? FollowUpDoneOn, string? FollowUpNote, string? FollowUpBy,
    bool FollowUpOverdue, string CreatedBy, DateTimeOffset CreatedAt)
{
    public static FieldVisitResponse From(FieldVisit v, DateOnly today) => new(
        v.Id, v.InstitutionId, v.InstitutionName, v.StreetCode, v.WorkerId, v.WorkerName, v.VisitedOn, v.Visitors, v.Findings, v.FollowUpRequired,
        v.FollowUpDue, v.FollowUpDoneOn, v.FollowUpNote, v.FollowUpBy,
        v.FollowUpRequired && v.FollowUpDoneOn is null && v.FollowUpDue < today, v.CreatedBy, v.CreatedAt);
}
