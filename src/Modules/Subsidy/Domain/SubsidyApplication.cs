namespace Jiafu.Subsidy.Domain;

/// <summary>
/// An application for one policy item (补贴申请) by an institution for a year, with the amount computed by the item's
/// rule and the stored breakdown (inputs, parameter version, each step).
/// </summary>
public sealed class SubsidyApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string ItemCode { get; set; }

    public int Year { get; set; }

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    /// <summary>The institution's street: the street officer who does the first review.</summary>
    public required string StreetCode { get; set; }

    public long AmountFen { get; set; }

    /// <summary>The inputs as submitted (JSON).</summary>
    public required string InputsJson { get; set; }

    /// <summary>The calculation (JSON <see cref="Features.Rules.Calculation"/>).</summary>
    public required string BreakdownJson { get; set; }

    public int ParameterVersion { get; set; }

    public SubsidyApplicationStatus Status { get; set; } = SubsidyApplicationStatus.Submitted;

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>User or API client id of the submitter: nobody reviews their own submission.</summary>
    public required string CreatedById { get; set; }

    public string? StreetReviewerId { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? BankReference { get; set; }

    public string? RecoveryReason { get; set; }

    public DateOnly? RecoveredOn { get; set; }

    public string? RecoveryReference { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token: two reviewers acting at once cannot both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ApplicationReview> Reviews { get; set; } = [];
}

public enum SubsidyApplicationStatus
{
    /// <summary>Waiting for the street review (待街道审核).</summary>
    Submitted,

    /// <summary>Street approved, waiting for the district review (待区级复审).</summary>
    StreetApproved,

    /// <summary>Approved; the amount is reserved in the fund (审核通过).</summary>
    Approved,

    /// <summary>Returned to the applicant for correction (退回修改).</summary>
    Returned,

    /// <summary>Rejected (不予通过); any reservation released.</summary>
    Rejected,

    /// <summary>Paid (已拨付).</summary>
    Paid,

    /// <summary>A recovery order was issued (追回中).</summary>
    RecoveryOrdered,

    /// <summary>The money came back; the budget reopened (已追回).</summary>
    Recovered,
}

/// <summary>One step of the workflow: who, when, what and why (审核记录).</summary>
public sealed class ApplicationReview
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>Submit, StreetApprove, DistrictApprove, Return, Reject, Resubmit, Pay, OrderRecovery, Recover.</summary>
    public required string Action { get; set; }

    public SubsidyApplicationStatus FromStatus { get; set; }

    public SubsidyApplicationStatus ToStatus { get; set; }

    public string? Comment { get; set; }

    public required string Actor { get; set; }

    public string? ActorId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// What an application claims: a subject (enterprise, enterprise + award category, trainee) for an item and a period.
/// Unique on (item, period, subject): the database refuses a second claim, so nothing is paid twice. Removed when the
/// application is rejected.
/// </summary>
public sealed class SubsidyClaim
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public required string ItemCode { get; set; }

    /// <summary>e.g. <c>2026</c>, or <c>{programmeId}:2026</c> for training.</summary>
    public required string Period { get; set; }

    /// <summary>e.g. the institution id, <c>{institutionId}:BrandTitle</c>, or a trainee's ID-number hash.</summary>
    public required string SubjectKey { get; set; }

    /// <summary>The limit counter this claim counts against (<see cref="ClaimCounter.Scope"/>), if any.</summary>
    public string? CounterScope { get; set; }

    /// <summary>The limit counter's subject (<see cref="ClaimCounter.SubjectKey"/>), if any.</summary>
    public string? CounterSubject { get; set; }
}

/// <summary>
/// How much of a limited quantity a subject has claimed for an item (限额计数): the months of social-insurance subsidy a
/// person has had (scope <c>all</c>), the fee reductions a household had in a year (scope = the year). Raised by a
/// conditional update (<c>… WHERE Count + n ≤ max</c>) in the same transaction as the claims, lowered when the claims go.
/// </summary>
public sealed class ClaimCounter
{
    public required string ItemCode { get; set; }

    public required string Scope { get; set; }

    public required string SubjectKey { get; set; }

    public int Count { get; set; }
}

/// <summary>
/// The year's special fund (专项资金) for one item: allocated, reserved by approvals, paid, recovered. The database
/// keeps <c>Reserved + Paid ≤ Allocated</c> (check constraint) and every change is a conditional update.
/// </summary>
public sealed class FundAllocation
{
    public int Year { get; set; }

    public required string ItemCode { get; set; }

    public long AllocatedFen { get; set; }

    public long ReservedFen { get; set; }

    public long PaidFen { get; set; }

    public long RecoveredFen { get; set; }
}

/// <summary>One movement of the fund (资金台账): allocate (±), reserve, release, pay, recover.</summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    public int Year { get; set; }

    public required string ItemCode { get; set; }

    public LedgerKind Kind { get; set; }

    /// <summary>Positive, except an allocation that lowers the budget.</summary>
    public long AmountFen { get; set; }

    public Guid? ApplicationId { get; set; }

    public string? Note { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }
}

public enum LedgerKind
{
    /// <summary>Budget set or changed (资金下达/调整).</summary>
    Allocate,

    /// <summary>Approval reserved an amount (审核预留).</summary>
    Reserve,

    /// <summary>A reservation released (rejection after approval) (释放预留).</summary>
    Release,

    /// <summary>A reservation paid out (拨付).</summary>
    Pay,

    /// <summary>A payment recovered; the budget reopens (追回).</summary>
    Recover,
}
