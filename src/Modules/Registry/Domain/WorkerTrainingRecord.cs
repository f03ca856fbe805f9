namespace Jiafu.Registry.Domain;

/// <summary>
/// A worker's training history entry (培训经历), kept from the Training module's events and keyed by the ID number's keyed
/// hash: so it is there even for a person trained before they were registered as a worker. One per class enrollment.
/// </summary>
public sealed class WorkerTrainingRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string IdNumberHash { get; set; }

    /// <summary>Training's enrollment id: the record's natural key.</summary>
    public Guid EnrollmentId { get; set; }

    public Guid ClassId { get; set; }

    public string? ProgrammeName { get; set; }

    /// <summary>Training category code (岗前培训, 技能提升, …).</summary>
    public string? Category { get; set; }

    public string? ClassName { get; set; }

    public string? ProviderName { get; set; }

    public decimal? AttendedHours { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public Guid? CertificateId { get; set; }

    public string? CertificateNumber { get; set; }

    public string? SkillLevel { get; set; }

    public string? VerificationCode { get; set; }

    public DateOnly? CertificateIssuedOn { get; set; }

    public DateOnly? CertificateValidUntil { get; set; }

    public DateOnly? CertificateRevokedOn { get; set; }

    public string? CertificateRevokedReason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
