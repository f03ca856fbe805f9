using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Enrollments;

/// <summary>A trainee's seat in a class (学员): personal data masked, attendance, completion and assessment.</summary>
/// <param name="Status">Enrolled (在册), Withdrawn (已退出), Completed (已结业), NotCompleted (未结业).</param>
/// <param name="CertificateCode">The verification code of the certificate, when one was issued.</param>
public sealed record EnrollmentResponse(
    Guid Id, Guid ClassId, Guid TraineeId, string Name, string IdNumberMasked, string? PhoneMasked, string Category, string StreetCode,
    Guid? RegistryWorkerId, EnrollmentStatus Status, decimal AttendedHours, DateOnly? CompletedOn, AssessmentResult? AssessmentResult,
    string? SkillLevel, string? CertificateNumber, DateOnly? AssessedOn, string? CertificateCode, CertificateStatus? CertificateStatus,
    DateTimeOffset EnrolledAt, DateTimeOffset? WithdrawnAt, string? WithdrawnReason);

internal static class EnrollmentResponses
{
    public static EnrollmentResponse From(Enrollment e, Trainee t, Certificate? c) => new(
        e.Id, e.ClassId, t.Id, t.Name, t.IdNumberMasked, t.PhoneMasked, t.Category, t.StreetCode, t.RegistryWorkerId, e.Status,
        e.AttendedHours, e.CompletedOn, e.AssessmentResult, e.SkillLevel, e.CertificateNumber, e.AssessedOn,
        c is null ? null : CertificateCode.Format(c.Code), c?.Status,
        e.EnrolledAt, e.WithdrawnAt, e.WithdrawnReason);

    /// <summary>The enrollments of a class with their trainees and certificates, optionally only those of one street.</summary>
    public static async Task<List<EnrollmentResponse>> ForClassAsync(
        TrainingDbContext db, Guid classId, string? onlyStreet, bool includeWithdrawn, CancellationToken ct, IReadOnlyCollection<Guid>? onlyIds = null)
    {
        var query =
            from e in db.Set<Enrollment>().AsNoTracking()
            join t in db.Set<Trainee>().AsNoTracking() on e.TraineeId equals t.Id
            join c in db.Set<Certificate>().AsNoTracking() on e.Id equals c.EnrollmentId into certificates
            from c in certificates.DefaultIfEmpty()
            where e.ClassId == classId
            select new { e, t, c };
        if (onlyStreet is not null) query = query.Where(r => r.t.StreetCode == onlyStreet);
        if (!includeWithdrawn) query = query.Where(r => r.e.Status != EnrollmentStatus.Withdrawn);
        if (onlyIds is not null) query = query.Where(r => onlyIds.Contains(r.e.Id));
        var rows = await query.OrderBy(r => r.t.Name).ThenBy(r => r.e.Id).ToListAsync(ct);
        return rows.Select(r => From(r.e, r.t, r.c)).ToList();
    }
}
