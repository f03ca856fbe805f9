namespace Jiafu.Contracts.Training;

/// <summary>What other modules (Subsidy) may read of Training: a class's completed and certified trainees, with the subsidy standards.</summary>
public interface ITrainingReader
{
    /// <summary>The class and its trainees who completed it (with their certificate, if any); null when the class does not exist.</summary>
    Task<ClassOutcome?> GetClassOutcomeAsync(Guid classId, CancellationToken ct);

    /// <summary>Classes of a provider that are completed (and, unless <paramref name="includeSettled"/>, not yet settled).</summary>
    Task<IReadOnlyList<ClassSummary>> ListCompletedClassesAsync(Guid providerInstitutionId, bool includeSettled, CancellationToken ct);
}

/// <param name="Status">Planned, Open, InProgress, Completed, Settled or Cancelled.</param>
/// <param name="TrainingSubsidyPerTrainee">Yuan per completed trainee for the class's year (培训补贴), null when no standard is set.</param>
/// <param name="CertificationSubsidyPerTrainee">Yuan per certified trainee for the class's year (鉴定补贴).</param>
public sealed record ClassSummary(
    Guid ClassId, string Name, Guid ProgrammeId, string ProgrammeName, string Category, Guid ProviderInstitutionId, string Status,
    DateOnly StartDate, DateOnly EndDate, int Enrolled, decimal? TrainingSubsidyPerTrainee, decimal? CertificationSubsidyPerTrainee);

public sealed record ClassOutcome(ClassSummary Class, IReadOnlyList<TraineeOutcome> Trainees);

/// <param name="IdNumberHash">Keyed hash of the resident ID number (the same key the register uses).</param>
/// <param name="TraineeCategory">失业人员, 就业困难人员, … code.</param>
/// <param name="CertificateStatus">Valid or Revoked; null when no certificate was issued.</param>
public sealed record TraineeOutcome(
    Guid EnrollmentId, Guid TraineeId, string IdNumberHash, Guid? RegistryWorkerId, string TraineeCategory, string StreetCode,
    decimal AttendedHours, DateOnly CompletedOn, bool Certified, string? CertificateNumber, string? CertificateStatus);
