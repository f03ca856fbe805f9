using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Certificates;

internal static class CertificateLoader
{
    /// <summary>The certificate (tracked) with what its full view needs; 404 when unknown or its class is out of scope.</summary>
    public static async Task<(Certificate Certificate, CertificateResponse Response)> LoadAsync(
        TrainingDbContext db, DataScope scope, Func<IQueryable<Certificate>, IQueryable<Certificate>> filter, TrainingOptions options, CancellationToken ct)
    {
        var certificate = await filter(db.Set<Certificate>()).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Certificate", "(certificate)");
        var cls = await db.Set<TrainingClass>().AsNoTracking().InScope(scope, db).FirstOrDefaultAsync(c => c.Id == certificate.ClassId, ct)
            ?? throw new NotFoundException("Certificate", "(certificate)");
        var programme = await db.Set<Programme>().AsNoTracking().FirstAsync(p => p.Id == cls.ProgrammeId, ct);
        var trainee = await db.Set<Trainee>().AsNoTracking().FirstAsync(t => t.Id == certificate.TraineeId, ct);
        if (!scope.SeesWholeRoster(cls) && trainee.StreetCode != scope.StreetCode)
        {
            throw new NotFoundException("Certificate", "(certificate)");
        }

        var hours = await db.Set<Enrollment>().AsNoTracking().Where(e => e.Id == certificate.EnrollmentId).Select(e => e.AttendedHours).FirstAsync(ct);
        return (certificate, From(certificate, trainee, cls, programme, hours, options));
    }

    public static CertificateResponse From(Certificate c, Trainee t, TrainingClass cls, Programme p, decimal hours, TrainingOptions o) => new(
        c.Id, CertificateCode.Format(c.Code), c.EnrollmentId, c.ClassId, t.Name, t.IdNumberMasked, c.ProgrammeName, c.Category,
        TrainingOptions.NameOf(o.EffectiveCategories, c.Category) ?? c.Category, cls.Name, p.ProviderName, hours, c.SkillLevel,
        TrainingOptions.NameOf(o.EffectiveSkillLevels, c.SkillLevel) ?? c.SkillLevel, c.CertificateNumber, c.IssuedOn, c.ValidUntil, c.Status,
        c.RevokedAt, c.RevokedReason, $"/api/v1/training/certificates/{c.Code}");
}
