using Jiafu.Contracts.Training;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Contracts;

/// <summary>Training's read contract for other modules (Subsidy): completed and certified trainees per class. No data scope applied.</summary>
public sealed class TrainingReader(TrainingDbContext db) : ITrainingReader
{
    public async Task<ClassOutcome?> GetClassOutcomeAsync(Guid classId, CancellationToken ct)
    {
        var summary = (await SummariesAsync(db.Set<TrainingClass>().Where(c => c.Id == classId), ct)).FirstOrDefault();
        if (summary is null)
        {
            return null;
        }

        var rows = await (
                from e in db.Set<Enrollment>().AsNoTracking()
                join t in db.Set<Trainee>().AsNoTracking() on e.TraineeId equals t.Id
                join c in db.Set<Certificate>().AsNoTracking() on e.Id equals c.EnrollmentId into certificates
                from c in certificates.DefaultIfEmpty()
                where e.ClassId == classId && e.Status == EnrollmentStatus.Completed
                orderby e.Id
                select new { e, t, c })
            .ToListAsync(ct);
        var trainees = rows.Select(r => new TraineeOutcome(
            r.e.Id, r.t.Id, r.t.IdNumberHash, r.t.RegistryWorkerId, r.t.Category, r.t.StreetCode, r.e.AttendedHours, r.e.CompletedOn!.Value,
            r.c is not null && r.c.Status == CertificateStatus.Valid, r.c?.CertificateNumber, r.c?.Status.ToString())).ToList();
        return new ClassOutcome(summary, trainees);
    }

    public async Task<IReadOnlyList<ClassSummary>> ListCompletedClassesAsync(Guid providerInstitutionId, bool includeSettled, CancellationToken ct)
    {
        var query = db.Set<TrainingClass>().Where(c => c.InstitutionId == providerInstitutionId
            && (c.Status == ClassStatus.Completed || (includeSettled && c.Status == ClassStatus.Settled)));
        return await SummariesAsync(query, ct);
    }

    private async Task<List<ClassSummary>> SummariesAsync(IQueryable<TrainingClass> classes, CancellationToken ct)
    {
        var rows = await (
                from c in classes.AsNoTracking()
                join p in db.Set<Programme>().AsNoTracking().Include(p => p.SubsidyStandards) on c.ProgrammeId equals p.Id
                orderby c.StartDate, c.Id
                select new { c, p })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var standard = r.p.SubsidyStandards.FirstOrDefault(s => s.Year == r.c.StartDate.Year);
            return new ClassSummary(
                r.c.Id, r.c.Name, r.p.Id, r.p.Name, r.p.Category, r.c.InstitutionId, r.c.Status.ToString(), r.c.StartDate, r.c.EndDate, r.c.Enrolled,
                standard is null ? null : TrainingRules.ToYuan(standard.TrainingSubsidyFen),
                standard is null ? null : TrainingRules.ToYuan(standard.CertificationSubsidyFen));
        }).ToList();
    }
}
