using Jiafu.Shared.Errors;

namespace Jiafu.Inspection.Domain;

/// <summary>An annual inspection and review campaign (年检复核) for one year and object type: one task per object in scope.</summary>
public sealed class Campaign
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public InspectionObjectType ObjectType { get; set; }

    public required string Name { get; set; }

    public Guid TemplateId { get; set; }

    public int TaskCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The state of an inspection task; the last three are outcomes (检查结论).</summary>
public enum InspectionTaskStatus
{
    /// <summary>Not inspected yet (待检查).</summary>
    Pending,

    /// <summary>合格.</summary>
    Passed,

    /// <summary>限期整改: to be re-inspected by <see cref="InspectionTask.RectifyBy"/>.</summary>
    Rectify,

    /// <summary>不合格.</summary>
    Failed,

    /// <summary>The rectification date passed without a new outcome (逾期未整改, escalated to the district).</summary>
    Escalated,
}

/// <summary>One object's inspection in a campaign: assigned inspectors, item scores, findings and the outcome.</summary>
public sealed class InspectionTask
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CampaignId { get; set; }

    public InspectionObjectType ObjectType { get; set; }

    /// <summary>The institution or service point inspected.</summary>
    public Guid ObjectId { get; set; }

    public required string ObjectName { get; set; }

    /// <summary>The institution answerable for the object (itself, or the one running the service point): its integrity record gets the outcome.</summary>
    public Guid InstitutionId { get; set; }

    public required string StreetCode { get; set; }

    public InspectionTaskStatus Status { get; set; } = InspectionTaskStatus.Pending;

    /// <summary>Weighted checklist score 0–100 of the latest outcome.</summary>
    public int? Score { get; set; }

    public string? Findings { get; set; }

    public DateOnly? InspectedOn { get; set; }

    public DateOnly? RectifyBy { get; set; }

    public string? OutcomeBy { get; set; }

    public DateTimeOffset? OutcomeAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public List<TaskInspector> Inspectors { get; set; } = [];

    public List<TaskItemScore> Scores { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Records an outcome: from Pending, or again after 限期整改 (re-inspection) or escalation. 合格 and 不合格 are final (409).
    /// </summary>
    public void RecordOutcome(InspectionTaskStatus outcome, int score, string? findings, DateOnly inspectedOn, DateOnly? rectifyBy, string actor, DateTimeOffset now)
    {
        if (Status is InspectionTaskStatus.Passed or InspectionTaskStatus.Failed)
        {
            throw new ConflictException($"The task already has a final outcome ({Status}). 该任务已有最终结论。", "outcome_final");
        }

        if (outcome is not (InspectionTaskStatus.Passed or InspectionTaskStatus.Rectify or InspectionTaskStatus.Failed))
        {
            throw new FieldValidationException("outcome", "The outcome must be Passed, Rectify or Failed. 结论须为合格、限期整改或不合格。");
        }

        if (outcome == InspectionTaskStatus.Rectify && Status is InspectionTaskStatus.Rectify or InspectionTaskStatus.Escalated)
        {
            throw new ConflictException("A re-inspection ends in Passed or Failed. 整改复查的结论须为合格或不合格。", "rectify_twice", "outcome");
        }

        Status = outcome;
        Score = score;
        Findings = findings;
        InspectedOn = inspectedOn;
        RectifyBy = outcome == InspectionTaskStatus.Rectify ? rectifyBy : null;
        OutcomeBy = actor;
        OutcomeAt = now;
        Version = Guid.NewGuid();
    }

    public void Escalate(DateTimeOffset now)
    {
        Status = InspectionTaskStatus.Escalated;
        EscalatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>An inspector (检查人员, an Identity user) assigned to a task.</summary>
public sealed class TaskInspector
{
    public Guid TaskId { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }
}

/// <summary>The points given to one checklist item (0 to its weight) with a note.</summary>
public sealed class TaskItemScore
{
    public Guid TaskId { get; set; }

    public Guid ItemId { get; set; }

    public int Points { get; set; }

    public string? Note { get; set; }
}
