namespace Jiafu.Training.Domain;

/// <summary>
/// A training certificate issued when a completed trainee passes the assessment; anyone can check it by its
/// verification code (an unguessable code with a check character) at the public endpoint.
/// </summary>
public sealed class Certificate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Verification code (验证码), 16 random characters and a check character; unique.</summary>
    public required string Code { get; set; }

    public Guid EnrollmentId { get; set; }

    public Guid TraineeId { get; set; }

    public Guid ClassId { get; set; }

    /// <summary>The holder's name, masked (张*明): all that the public check shows of the person.</summary>
    public required string HolderNameMasked { get; set; }

    public required string ProgrammeName { get; set; }

    public required string Category { get; set; }

    public required string SkillLevel { get; set; }

    public required string CertificateNumber { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public CertificateStatus Status { get; set; } = CertificateStatus.Valid;

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public string? RevokedBy { get; set; }
}

public enum CertificateStatus
{
    Valid,
    Revoked,
}
