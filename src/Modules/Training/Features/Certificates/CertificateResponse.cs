using Jiafu.Training.Domain;

namespace Jiafu.Training.Features.Certificates;

/// <summary>What the public check shows: the masked name, programme, level, dates and validity, nothing else.</summary>
/// <param name="Status">Valid, Expired or Revoked.</param>
public sealed record CertificateVerification(
    string Code, string HolderName, string ProgrammeName, string CategoryName, string SkillLevelName, DateOnly IssuedOn, DateOnly? ValidUntil,
    string Status, DateOnly? RevokedOn);

/// <summary>The full certificate for its holder's provider and the bureau (printable).</summary>
/// <param name="Code">Verification code, grouped by four.</param>
public sealed record CertificateResponse(
    Guid Id, string Code, Guid EnrollmentId, Guid ClassId, string HolderName, string IdNumberMasked, string ProgrammeName, string Category,
    string CategoryName, string ClassName, string ProviderName, decimal AttendedHours, string SkillLevel, string SkillLevelName,
    string CertificateNumber, DateOnly IssuedOn, DateOnly? ValidUntil, CertificateStatus Status, DateTimeOffset? RevokedAt, string? RevokedReason,
    string VerifyPath);
