namespace Jiafu.Voucher.Domain;

/// <summary>
/// A settlement statement (结算单): an institution's verified services of one batch, claimed for reimbursement. Its
/// amount is added to the batch's settled value by a conditional update that never lets it pass the batch's total.
/// </summary>
public sealed class Settlement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BatchId { get; set; }

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public int VoucherCount { get; set; }

    public long AmountFen { get; set; }

    public SettlementStatus Status { get; set; } = SettlementStatus.Submitted;

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? PaymentReference { get; set; }

    /// <summary>Returned to the institution (退回): when, by whom and why; its vouchers are claimable again.</summary>
    public DateTimeOffset? RejectedAt { get; set; }

    public string? RejectedBy { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>The vouchers the statement listed when it was returned (they are no longer linked to it).</summary>
    public List<Guid> RejectedVoucherIds { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum SettlementStatus
{
    /// <summary>Submitted for approval (待审批).</summary>
    Submitted,

    /// <summary>Approved for payment (已审批).</summary>
    Approved,

    /// <summary>Paid (已支付).</summary>
    Paid,

    /// <summary>Returned to the institution with a reason (已退回); its vouchers may go on a corrected statement.</summary>
    Rejected,
}

/// <summary>A sampled verification draw (抽样核查): the rate, the recorded seed and the vouchers drawn.</summary>
public sealed class VerificationSample
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BatchId { get; set; }

    public decimal Rate { get; set; }

    /// <summary>Hex seed recorded before the draw; the same seed and population give the same sample.</summary>
    public required string Seed { get; set; }

    public int PopulationCount { get; set; }

    public List<Guid> VoucherIds { get; set; } = [];

    public DateTimeOffset DrawnAt { get; set; }

    public required string DrawnBy { get; set; }
}
