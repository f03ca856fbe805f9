using Jiafu.Contracts.Statistics;
using Jiafu.Contracts.Training;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Statistics;

/// <summary>
/// Training statistics (培训统计) within the caller's scope: providers count their own classes, street officers their
/// street's trainees (completions, certificates, seats) and the classes held in their street, district roles everything.
/// </summary>
public sealed class TrainingStatisticsReader(
    TrainingDbContext db, ICurrentUser current, IOptions<TrainingOptions> options, IOptions<DistrictOptions> district)
    : ITrainingStatistics
{
    private static readonly IReadOnlyDictionary<ClassStatus, string> StatusNames = new Dictionary<ClassStatus, string>
    {
        [ClassStatus.Planned] = "计划中",
        [ClassStatus.Open] = "报名中",
        [ClassStatus.InProgress] = "培训中",
        [ClassStatus.Completed] = "已结业",
        [ClassStatus.Settled] = "已结算",
        [ClassStatus.Cancelled] = "已取消",
    };

    /// <summary>The zh-CN name of a class status.</summary>
    public static string StatusName(ClassStatus status) => StatusNames.GetValueOrDefault(status, status.ToString());

    public async Task<TrainingStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (first, last) = (period.From, period.To);
        var classes = db.Set<TrainingClass>().AsNoTracking();
        var trainees = db.Set<Trainee>().AsNoTracking();
        var ownClasses = classes;
        if (scope.Kind == DataScopeKind.Institutions)
        {
            var ids = TrainingScope.InstitutionIds(scope);
            classes = classes.Where(c => ids.Contains(c.InstitutionId));
            ownClasses = classes;
        }
        else if (scope.Kind == DataScopeKind.Street)
        {
            trainees = trainees.Where(t => t.StreetCode == scope.StreetCode);
            ownClasses = classes.Where(c => c.ProviderStreetCode == scope.StreetCode);
        }

        // Completions tallied in the database by programme category, trainee street, trainee category and month (ADR 0066):
        // a few hundred rows at most instead of one per completion.
        var completions = await (
                from e in db.Set<Enrollment>().AsNoTracking()
                join c in classes on e.ClassId equals c.Id
                join p in db.Set<Programme>().AsNoTracking() on c.ProgrammeId equals p.Id
                join t in trainees on e.TraineeId equals t.Id
                where e.Status == EnrollmentStatus.Completed && e.CompletedOn >= first && e.CompletedOn <= last
                group e by new { p.Category, t.StreetCode, TraineeCategory = t.Category, e.CompletedOn!.Value.Month } into g
                select new { g.Key.Category, g.Key.StreetCode, g.Key.TraineeCategory, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);
        var certified = await (
                from cert in db.Set<Certificate>().AsNoTracking()
                join c in classes on cert.ClassId equals c.Id
                join t in trainees on cert.TraineeId equals t.Id
                where cert.Status == CertificateStatus.Valid && cert.IssuedOn >= first && cert.IssuedOn <= last
                select cert.Id)
            .CountAsync(ct);
        var enrolled = await (
                from e in db.Set<Enrollment>().AsNoTracking()
                join c in classes on e.ClassId equals c.Id
                join t in trainees on e.TraineeId equals t.Id
                where e.Status != EnrollmentStatus.Withdrawn && e.StartDate >= first && e.StartDate <= last
                select e.Id)
            .CountAsync(ct);
        var classStatuses = await ownClasses.Where(c => c.StartDate >= first && c.StartDate <= last)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var inProgress = await ownClasses.CountAsync(c => c.Status == ClassStatus.Open || c.Status == ClassStatus.InProgress, ct);

        var o = options.Value;
        var streets = district.Value.EffectiveStreets.Where(s => scope.Kind != DataScopeKind.Street || s.Code == scope.StreetCode);
        return new TrainingStatistics(
            period,
            AnnualTarget: o.AnnualTarget,
            Classes: classStatuses.Where(x => x.Key != ClassStatus.Cancelled).Sum(x => x.Count),
            Enrolled: enrolled,
            Trained: completions.Sum(x => x.Count),
            Certified: certified,
            ClassesInProgress: inProgress,
            TrainedByStreet: streets.Select(s => new Tally(s.Code, s.Name, completions.Where(x => x.StreetCode == s.Code).Sum(x => x.Count))).ToList(),
            TrainedByCategory: o.EffectiveCategories.Select(c => new Tally(c.Code, c.Name, completions.Where(x => x.Category == c.Code).Sum(x => x.Count))).ToList(),
            TrainedByTraineeCategory: o.EffectiveTraineeCategories
                .Select(c => new Tally(c.Code, c.Name, completions.Where(x => x.TraineeCategory == c.Code).Sum(x => x.Count))).ToList(),
            ClassesByStatus: Enum.GetValues<ClassStatus>()
                .Select(s => new Tally(s.ToString(), StatusNames[s], classStatuses.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
            TrainedByMonth: Enumerable.Range(1, 12).Select(m => new MonthTally(m, completions.Where(x => x.Month == m).Sum(x => x.Count))).ToList());
    }
}
