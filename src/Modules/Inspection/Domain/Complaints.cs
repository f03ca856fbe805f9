using Jiafu.Shared.Errors;

namespace Jiafu.Inspection.Domain;

/// <summary>Where a complaint came in (投诉来源).</summary>
public enum ComplaintSource
{
    /// <summary>12345 政务服务便民热线.</summary>
    Hotline12345,

    /// <summary>A service platform (平台转交).</summary>
    Platform,

    /// <summary>In person (来访).</summary>
    WalkIn,

    Other,
}

public enum ComplaintStatus
{
    Open,
    Closed,
}

/// <summary>The finding of a closed complaint: 属实 or 不属实.</summary>
public enum ComplaintOutcome
{
    Substantiated,
    Unsubstantiated,
}

/// <summary>
/// A complaint (投诉) against an institution, and optionally one of its workers or one service. Follow-up actions are
/// appended while it is open; closing records the outcome, and a substantiated one (属实) adds an entry to the integrity record.
/// </summary>
public sealed class Complaint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public required string StreetCode { get; set; }

    public Guid? WorkerId { get; set; }

    public string? WorkerName { get; set; }

    /// <summary>The service complained about (e.g. a voucher or platform order number).</summary>
    public string? ServiceReference { get; set; }

    public ComplaintSource Source { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public required string Content { get; set; }

    /// <summary>The officer handling it (承办人).</summary>
    public required string HandlingOfficer { get; set; }

    public ComplaintStatus Status { get; set; } = ComplaintStatus.Open;

    public ComplaintOutcome? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Conclusion { get; set; }

    public string? ClosedBy { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ComplaintFollowUp> FollowUps { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public void EnsureOpen()
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new ConflictException("The complaint is closed. 投诉已办结。", "complaint_closed");
        }
    }

    public void Close(ComplaintOutcome outcome, DateOnly closedOn, string conclusion, string by)
    {
        EnsureOpen();
        if (closedOn < ReceivedOn)
        {
            throw new FieldValidationException("closedOn", "Closed before it was received. 办结日期不能早于受理日期。");
        }

        Status = ComplaintStatus.Closed;
        Outcome = outcome;
        ClosedOn = closedOn;
        Conclusion = conclusion;
        ClosedBy = by;
        Version = Guid.NewGuid();
    }
}

/// <summary>One follow-up action on a complaint (处理过程), in date order.</summary>
public sealed class ComplaintFollowUp
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ComplaintId { get; set; }

    public DateOnly ActionOn { get; set; }

    public required string Action { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A field visit (实地走访) to an institution: who went, what they found, and whether a follow-up is due and done.</summary>
public sealed class FieldVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public required string StreetCode { get; set; }

    public Guid? WorkerId { get; set; }

    public string? WorkerName { get; set; }

    public DateOnly VisitedOn { get; set; }

    /// <summary>The visitors' names, comma-separated (走访人员).</summary>
    public required string Visitors { get; set; }

    public required string Findings { get; set; }

    public bool FollowUpRequired { get; set; }

    public DateOnly? FollowUpDue { get; set; }

    public DateOnly? FollowUpDoneOn { get; set; }

    public string? FollowUpNote { get; set; }

    public string? FollowUpBy { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public void CompleteFollowUp(DateOnly doneOn, string note, string by)
    {
        if (!FollowUpRequired)
        {
            throw new ConflictException("This visit needs no follow-up. 该次走访无需整改跟进。", "follow_up_not_required");
        }

        if (FollowUpDoneOn is not null)
        {
            throw new ConflictException("The follow-up is already done. 跟进已完成。", "follow_up_done");
        }

        if (doneOn < VisitedOn)
        {
            throw new FieldValidationException("doneOn", "Done before the visit. 完成日期不能早于走访日期。");
        }

        FollowUpDoneOn = doneOn;
        FollowUpNote = note;
        FollowUpBy = by;
        Version = Guid.NewGuid();
    }
}

/// <summary>
/// A service evaluation (服务评价): a rating 1–5 of one brokered service, submitted by a platform (API client) or an officer.
/// One per submitter and service reference (unique index).
/// </summary>
public sealed class ServiceEvaluation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public required string StreetCode { get; set; }

    /// <summary><c>client:{id}</c> for an API client, <c>user:{id}</c> for an officer.</summary>
    public required string SubmitterKey { get; set; }

    public required string SubmittedBy { get; set; }

    public required string ServiceReference { get; set; }

    public DateOnly ServiceDate { get; set; }

    public int Rating { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
