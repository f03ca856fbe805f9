namespace Jiafu.Voucher.Domain;

/// <summary>
/// A voucher batch (发放批次): how many vouchers, their face value and validity, and who is eligible. The counters are
/// changed only by conditional updates in the database (see <c>Features/Issuance</c>), never read-then-written.
/// </summary>
public sealed class VoucherBatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public int Year { get; set; }

    /// <summary>Hard limit on vouchers in force (issued and not voided).</summary>
    public int Quantity { get; set; }

    /// <summary>Face value of one voucher in fen.</summary>
    public long FaceValueFen { get; set; }

    /// <summary>Quantity × face value in fen: the hard limit of the batch's value, reimbursements included.</summary>
    public long TotalValueFen { get; set; }

    /// <summary>Eligible group codes (特定群体).</summary>
    public List<string> EligibleGroups { get; set; } = [];

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>Vouchers in force (issued minus voided); the database keeps it between 0 and <see cref="Quantity"/>.</summary>
    public int IssuedCount { get; set; }

    /// <summary>Value of settlement statements drawn on the batch, in fen; never above <see cref="TotalValueFen"/>.</summary>
    public long SettledFen { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<StreetQuota> StreetQuotas { get; set; } = [];
}

/// <summary>A street's share of a batch (分街道名额): vouchers in force for households of that street never exceed it.</summary>
public sealed class StreetQuota
{
    public Guid BatchId { get; set; }

    public required string StreetCode { get; set; }

    public int Quota { get; set; }

    public int Issued { get; set; }
}
