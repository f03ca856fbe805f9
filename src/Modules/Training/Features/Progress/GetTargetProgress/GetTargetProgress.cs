using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Progress;

/// <summary>Progress against the yearly training target (年度培训目标进度): trainees who completed a class that year.</summary>
public sealed record GetTargetProgress(int? Year) : IQuery<TargetProgress>;

/// <param name="Target">The configured yearly target (<c>Training:AnnualTarget</c>, 2000 by the plan).</param>
/// <param name="Trained">Completions (结业人次) in the year, within the caller's scope.</param>
/// <param name="Percent">Trained as a percentage of the target, one decimal.</param>
/// <param name="Certified">Certificates issued in the year (not revoked).</param>
/// <param name="Enrolled">Seats taken in classes starting in the year (not withdrawn).</param>
public sealed record TargetProgress(
    int Year, int Target, int Trained, decimal Percent, int Certified, int Enrolled, IReadOnlyList<ProgressByCode> ByCategory,
    IReadOnlyList<ProgressByCode> ByStreet, IReadOnlyList<ProgressByMonth> ByMonth);

public sealed record ProgressByCode(string Code, string Name, int Trained);

/// <param name="Cumulative">Trained from January to the end of this month.</param>
public sealed record ProgressByMonth(int Month, int Trained, int Cumulative);

public sealed class GetTargetProgressValidator : AbstractValidator<GetTargetProgress>
{
    public GetTargetProgressValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetTargetProgressHandler(
    TrainingDbContext db, ICurrentUser current, IOptions<TrainingOptions> options, IOptions<DistrictOptions> district, TimeProvider time)
    : IQueryHandler<GetTargetProgress, TargetProgress>
{
    public async ValueTask<TargetProgress> Handle(GetTargetProgress query, CancellationToken ct)
    {
        var year = query.Year ?? TrainingRules.Today(time).Year;
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var scope = DataScope.From(current);
        var classes = db.Set<TrainingClass>().AsNoTracking();
        var trainees = db.Set<Trainee>().AsNoTracking();
        if (scope.Kind == DataScopeKind.Institutions)
        {
            var ids = TrainingScope.InstitutionIds(scope);
            classes = classes.Where(c => ids.Contains(c.InstitutionId));
        }
        else if (scope.Kind == DataScopeKind.Street)
        {
            trainees = trainees.Where(t => t.StreetCode == scope.StreetCode);
        }

        var completions = await (
                from e in db.Set<Enrollment>().AsNoTracking()
                join c in classes on e.ClassId equals c.Id
                join p in db.Set<Programme>().AsNoTracking() on c.ProgrammeId equals p.Id
                join t in trainees on e.TraineeId equals t.Id
                where e.Status == EnrollmentStatus.Completed && e.CompletedOn >= yearStart && e.CompletedOn <= yearEnd
                select new { e.CompletedOn, p.Category, t.StreetCode })
            .ToListAsync(ct);
        var certified = await (
                from cert in db.Set<Certificate>().AsNoTracking()
                join c in classes on cert.ClassId equals c.Id
                join t in trainees on cert.TraineeId equals t.Id
                where cert.Status == CertificateStatus.Valid && cert.IssuedOn >= yearStart && cert.IssuedOn <= yearEnd
                select cert.Id)
            .CountAsync(ct);
        var enrolled = await (
                from e in db.Set<Enrollment>().AsNoTracking()
                join c in classes on e.ClassId equals c.Id
                join t in trainees on e.TraineeId equals t.Id
                where e.Status != EnrollmentStatus.Withdrawn && e.StartDate >= yearStart && e.StartDate <= yearEnd
                select e.Id)
            .CountAsync(ct);

        var o = options.Value;
        var byCategory = o.EffectiveCategories
            .Select(c => new ProgressByCode(c.Code, c.Name, completions.Count(x => x.Category == c.Code)))
            .ToList();
        var streets = district.Value.EffectiveStreets.Where(s => scope.Kind != DataScopeKind.Street || s.Code == scope.StreetCode);
        var byStreet = streets.Select(s => new ProgressByCode(s.Code, s.Name, completions.Count(x => x.StreetCode == s.Code))).ToList();
        var cumulative = 0;
        var byMonth = Enumerable.Range(1, 12).Select(m =>
        {
            var count = completions.Count(x => x.CompletedOn!.Value.Month == m);
            cumulative += count;
            return new ProgressByMonth(m, count, cumulative);
        }).ToList();
        var percent = o.AnnualTarget > 0 ? decimal.Round(completions.Count * 100m / o.AnnualTarget, 1) : 0m;
        return new TargetProgress(year, o.AnnualTarget, completions.Count, percent, certified, enrolled, byCategory, byStreet, byMonth);
    }
}
