namespace Jiafu.Voucher.Domain;

/// <summary>
/// An employment-promotion voucher (促进就业券): a unique code with a check character, a value and a validity window, and
/// its way through institution selection, home service, follow-up, verification and reimbursement.
/// </summary>
public sealed class EmploymentVoucher
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>13 characters: 12 random (CSPRNG) and an ISO 7064 MOD 37,36 check character; unique.</summary>
    public required string Code { get; set; }

    public Guid BatchId { get; set; }

    public Guid ApplicationId { get; set; }

    public required string StreetCode { get; set; }

    /// <summary>The household head's name, masked (the full name stays on the application).</summary>
    public required string HolderNameMasked { get; set; }

    public long FaceValueFen { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidUntil { get; set; }

    public VoucherStatus Status { get; set; } = VoucherStatus.Issued;

    public DateTimeOffset IssuedAt { get; set; }

    // 机构筛选
    public Guid? InstitutionId { get; set; }

    public string? InstitutionName { get; set; }

    public string? BusinessFormat { get; set; }

    public DateTimeOffset? SelectedAt { get; set; }

    // 上门服务
    public DateOnly? ScheduledFor { get; set; }

    public string? WorkerName { get; set; }

    public DateOnly? ServiceDate { get; set; }

    public int? ServiceMinutes { get; set; }

    public string? ServiceItems { get; set; }

    public bool? ResidentConfirmed { get; set; }

    public DateTimeOffset? ServedAt { get; set; }

    // 跟踪回访
    public DateOnly? FollowUpDate { get; set; }

    public FollowUpChannel? FollowUpChannel { get; set; }

    public int? Satisfaction { get; set; }

    public string? FollowUpIssues { get; set; }

    // 服务核查
    public VerificationResult? VerificationResult { get; set; }

    public string? VerificationNote { get; set; }

    public string? VerifiedBy { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    // 结算
    public Guid? SettlementId { get; set; }

    public string? VoidReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token and ETag.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum VoucherStatus
{
    /// <summary>Issued, no institution chosen yet (待选机构).</summary>
    Issued,

    /// <summary>An institution was chosen (已选机构).</summary>
    InstitutionSelected,

    /// <summary>The institution accepted and scheduled the visit (已预约).</summary>
    Scheduled,

    /// <summary>The home service was recorded (已服务).</summary>
    Served,

    /// <summary>The follow-up visit was recorded (已回访).</summary>
    FollowedUp,

    /// <summary>Verified: may be reimbursed (核查通过).</summary>
    Verified,

    /// <summary>Verification found a discrepancy: not reimbursable unless verified again (核查不符).</summary>
    Discrepancy,

    /// <summary>Paid to the institution (已结算).</summary>
    Reimbursed,

    /// <summary>Not used before the end of its validity (已过期).</summary>
    Expired,

    /// <summary>Cancelled; its place returned to the batch (已作废).</summary>
    Voided,
}

public enum FollowUpChannel
{
    Phone,
    Visit,
    Online,
}

public enum VerificationResult
{
    Confirmed,
    Discrepancy,
}

/// <summary>One step of a voucher's timeline.</summary>
public sealed class VoucherEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid VoucherId { get; set; }

    public required string Action { get; set; }

    public VoucherStatus? FromStatus { get; set; }

    public VoucherStatus ToStatus { get; set; }

    public string? Note { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }
}
