using Jiafu.Shared.Errors;

namespace Jiafu.Registry.Domain;

public enum RevocationProposalStatus
{
    Pending,
    Confirmed,
    Dismissed,
}

/// <summary>
/// A proposal to revoke an institution's recognition (撤销建议) after it failed (不合格) its annual inspection (优胜劣汰). Made by the
/// Inspection module's event, one per inspection task; a district officer confirms it (the institution is revoked through the
/// usual workflow) or dismisses it.
/// </summary>
public sealed class RevocationProposal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    /// <summary>The failed inspection task; unique, so a redelivered event cannot make a second proposal.</summary>
    public Guid InspectionTaskId { get; set; }

    public Guid CampaignId { get; set; }

    public int Year { get; set; }

    public int Score { get; set; }

    public required string Findings { get; set; }

    public RevocationProposalStatus Status { get; set; } = RevocationProposalStatus.Pending;

    public string? DecisionNote { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public void Decide(RevocationProposalStatus decision, string? note, string actor, DateTimeOffset now)
    {
        if (Status != RevocationProposalStatus.Pending)
        {
            throw new ConflictException($"The proposal is already {Status}. 该撤销建议已处理。", "proposal_decided");
        }

        Status = decision;
        DecisionNote = note;
        DecidedBy = actor;
        DecidedAt = now;
        Version = Guid.NewGuid();
    }
}
