using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.Complaints;

/// <summary>A complaint (投诉) with its follow-up actions in date order.</summary>
/// <param name="Source"><c>Hotline12345</c> (12345热线), <c>Platform</c> (平台), <c>WalkIn</c> (来访) or <c>Other</c>.</param>
/// <param name="HandlingOfficer">The officer handling it (承办人).</param>
/// <param name="Outcome"><c>Substantiated</c> (属实) or <c>Unsubstantiated</c> (不属实) once closed.</param>
/// <param name="Conclusion">The closing conclusion (办结意见).</param>
/// <param name="FollowUps">The follow-up actions (处理过程), oldest first; empty in lists.</param>
public sealed record ComplaintResponse(
    Guid Id, Guid InstitutionId, string InstitutionName, string StreetCode, Guid? WorkerId, string? WorkerName, string? ServiceReference,
    ComplaintSource Source, DateOnly ReceivedOn, string Content, string HandlingOfficer, ComplaintStatus Status, ComplaintOutcome? Outcome,
    DateOnly? ClosedOn, string? Conclusion, string? ClosedBy, string CreatedBy, DateTimeOffset CreatedAt, int FollowUpCount,
    IReadOnlyList<ComplaintFollowUpResponse> FollowUps)
{
    public static ComplaintResponse From(Complaint c, bool withFollowUps = true) => new(
        c.Id, c.InstitutionId, c.InstitutionName, c.StreetCode, c.WorkerId, c.WorkerName, c.ServiceReference, c.Source, c.ReceivedOn, c.Content,
        c.HandlingOfficer, c.Status, c.Outcome, c.ClosedOn, c.Conclusion, c.ClosedBy, c.CreatedBy, c.CreatedAt, c.FollowUps.Count,
        withFollowUps ? c.FollowUps.OrderBy(f => f.ActionOn).ThenBy(f => f.RecordedAt).Select(ComplaintFollowUpResponse.From).ToList() : []);
}

/// <summary>One follow-up action (跟进处理).</summary>
public sealed record ComplaintFollowUpResponse(Guid Id, DateOnly ActionOn, string Action, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ComplaintFollowUpResponse From(ComplaintFollowUp f) => new(f.Id, f.ActionOn, f.Action, f.RecordedBy, f.RecordedAt);
}
