namespace Jiafu.Voucher.Domain;

/// <summary>
/// A household's declaration (人员申报) for a batch, made by a street officer on the family's behalf or by an API client.
/// One per household and batch: unique on (<see cref="BatchId"/>, <see cref="HouseholdHash"/>).
/// </summary>
public sealed class VoucherApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BatchId { get; set; }

    public required string ApplicantName { get; set; }

    /// <summary>The head of household's resident ID number, encrypted.</summary>
    public required string IdNumberEncrypted { get; set; }

    public required string IdNumberMasked { get; set; }

    /// <summary>Keyed hash of the head's ID number: the household's identity for de-duplication.</summary>
    public required string HouseholdHash { get; set; }

    public required string PhoneEncrypted { get; set; }

    public required string PhoneMasked { get; set; }

    public required string StreetCode { get; set; }

    public required string Address { get; set; }

    /// <summary>Eligible group code (one of the batch's).</summary>
    public required string Group { get; set; }

    public int? HouseholdSize { get; set; }

    public string? EvidenceNote { get; set; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;

    public string? RejectionReason { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public Guid? VoucherId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>User or API client id of the declarer: an API client sees only its own declarations.</summary>
    public string? CreatedById { get; set; }

    /// <summary>Concurrency token: two reviewers acting at once cannot both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ApplicationStatus
{
    /// <summary>Declared, waiting for review (待审核).</summary>
    Submitted,

    /// <summary>Approved and a voucher issued (已发券).</summary>
    Issued,

    /// <summary>Not eligible (不予发放).</summary>
    Rejected,

    /// <summary>The voucher was voided; its place returned to the batch (已作废).</summary>
    Voided,
}
