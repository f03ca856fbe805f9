using Jiafu.Contracts.Events;

namespace Jiafu.Contracts.Training;

/// <summary>
/// A person unknown to the register was registered as a trainee (学员) in Training, with their trainee category
/// (失业人员, 就业困难人员, …). <see cref="IdNumberHash"/> is the keyed hash, never the number.
/// </summary>
public sealed record TraineeRegistered(Guid TraineeId, string IdNumberHash, string Category, string StreetCode) : IntegrationEvent;

/// <summary>A trainee completed a class (结业): their attended hours reached the programme's requirement when the class completed.</summary>
/// <param name="RegistryWorkerId">The Registry worker, when the person was registered there at enrollment.</param>
public sealed record TraineeCompleted(
    Guid EnrollmentId, Guid ClassId, Guid ProgrammeId, Guid TraineeId, string IdNumberHash, Guid? RegistryWorkerId,
    string ProgrammeName, string Category, string ClassName, Guid ProviderInstitutionId, string ProviderName,
    decimal AttendedHours, DateOnly StartDate, DateOnly CompletedOn) : IntegrationEvent;

/// <summary>A completed trainee passed the assessment (鉴定) and a certificate was issued.</summary>
public sealed record CertificateIssued(
    Guid CertificateId, Guid EnrollmentId, Guid ClassId, Guid TraineeId, string IdNumberHash, string ProgrammeName, string Category,
    string SkillLevel, string CertificateNumber, string VerificationCode, DateOnly IssuedOn, DateOnly? ValidUntil) : IntegrationEvent;

/// <summary>A certificate was revoked (撤销); the public check answers "revoked" from now on.</summary>
public sealed record CertificateRevoked(Guid CertificateId, Guid EnrollmentId, string IdNumberHash, string Reason, DateOnly RevokedOn) : IntegrationEvent;
