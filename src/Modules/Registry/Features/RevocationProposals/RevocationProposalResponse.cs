using Jiafu.Registry.Domain;

namespace Jiafu.Registry.Features.RevocationProposals;

/// <summary>A revocation proposal (撤销建议) from a failed annual inspection.</summary>
/// <param name="InspectionTaskId">The Inspection module's task that ended 不合格.</param>
/// <param name="InstitutionStatus">The institution's current status.</param>
public sealed record RevocationProposalResponse(
    Guid Id, Guid InstitutionId, string InstitutionName, InstitutionStatus? InstitutionStatus, Guid InspectionTaskId, Guid CampaignId, int Year,
    int Score, string Findings, RevocationProposalStatus Status, string? DecisionNote, string? DecidedBy, DateTimeOffset? DecidedAt,
    DateTimeOffset CreatedAt, string Version)
{
    public static RevocationProposalResponse From(RevocationProposal p, InstitutionStatus? status) => new(
        p.Id, p.InstitutionId, p.InstitutionName, status, p.InspectionTaskId, p.CampaignId, p.Year, p.Score, p.Findings, p.Status,
        p.DecisionNote, p.DecidedBy, p.DecidedAt, p.CreatedAt, p.Version.ToString());
}
