using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Performance;

/// <summary>
/// Evaluate a year (年度绩效考评): score every recognised institution from the year's annual inspection, substantiated complaints,
/// service evaluations and spot-check results with <see cref="PerformanceOptions"/>, rank them and mark the top group excellent.
/// Running a year again replaces its results in one transaction.
/// </summary>
public sealed record RunPerformanceEvaluation(int Year) : ICommand<PerformanceRunResponse>, IAuditTarget
{
    public string AuditTargetType => "PerformanceEvaluation";

    public string? AuditTargetId => Year.ToString();
}

public sealed class RunPerformanceEvaluationValidator : AbstractValidator<RunPerformanceEvaluation>
{
    public RunPerformanceEvaluationValidator(TimeProvider time) => RuleFor(x => x.Year).InclusiveBetween(2000, 2100)
        .Must(y => y <= time.Today().Year).WithMessage("A year that has begun. 只能考评已开始的年度。");
}

public sealed class RunPerformanceEvaluationHandler(
    InspectionDbContext db, IRegistryReader registry, IOptions<InspectionOptions> options, ICurrentUser current, TimeProvider time)
    : ICommandHandler<RunPerformanceEvaluation, PerformanceRunResponse>
{
    public async ValueTask<PerformanceRunResponse> Handle(RunPerformanceEvaluation command, CancellationToken ct)
    {
        var o = options.Value.Performance;
        var year = command.Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var institutions = await registry.ListActiveInstitutionsAsync((string?)null, ct);

        var inspection = await (
                from t in db.Set<InspectionTask>().AsNoTracking()
                join c in db.Set<Campaign>().AsNoTracking() on t.CampaignId equals c.Id
                where c.Year == year && t.ObjectType == InspectionObjectType.Institution && t.Score != null
                select new { t.InstitutionId, Score = t.Score!.Value })
            .GroupBy(x => x.InstitutionId).Select(g => new { InstitutionId = g.Key, Score = g.Max(x => x.Score) })
            .ToDictionaryAsync(x => x.InstitutionId, x => x.Score, ct);
        var complaints = await db.Set<Complaint>().AsNoTracking()
            .Where(c => c.Outcome == ComplaintOutcome.Substantiated && c.ReceivedOn >= from && c.ReceivedOn <= to)
            .GroupBy(c => c.InstitutionId).Select(g => new { InstitutionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.InstitutionId, x => x.Count, ct);
        var evaluations = await db.Set<ServiceEvaluation>().AsNoTracking()
            .Where(e => e.ServiceDate >= from && e.ServiceDate <= to)
            .GroupBy(e => e.InstitutionId).Select(g => new { InstitutionId = g.Key, Count = g.Count(), Sum = g.Sum(e => e.Rating) })
            .ToDictionaryAsync(x => x.InstitutionId, x => (x.Count, x.Sum), ct);
        var checks = await db.Set<IntegrityEntry>().AsNoTracking()
            .Where(e => (e.Kind == IntegrityEntryKind.SpotCheckConfirmed || e.Kind == IntegrityEntryKind.SpotCheckDiscrepancy)
                && e.OccurredOn >= from && e.OccurredOn <= to)
            .GroupBy(e => new { e.InstitutionId, e.Kind }).Select(g => new { g.Key.InstitutionId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);

        var scored = institutions.Select(i =>
        {
            var (evalCount, ratingSum) = evaluations.GetValueOrDefault(i.Id);
            var inputs = new PerformanceInputs(
                inspection.TryGetValue(i.Id, out var s) ? s : null,
                complaints.GetValueOrDefault(i.Id),
                evalCount,
                ratingSum,
                checks.Where(c => c.InstitutionId == i.Id && c.Kind == IntegrityEntryKind.SpotCheckConfirmed).Sum(c => c.Count),
                checks.Where(c => c.InstitutionId == i.Id && c.Kind == IntegrityEntryKind.SpotCheckDiscrepancy).Sum(c => c.Count));
            return (Institution: i, Inputs: inputs, Score: PerformanceFormula.Score(inputs, o));
        }).ToList();
        var ranks = PerformanceFormula.Rank(scored.Select(x => x.Score.Total).ToList(), o);

        var run = new PerformanceRun
        {
            Year = year,
            ComputedAt = time.GetUtcNow(),
            ComputedBy = current.Actor(),
            Parameters = $"weights 年检 {o.InspectionWeight} / 投诉 {o.ComplaintWeight} / 服务评价 {o.ServiceEvaluationWeight} / 核查 {o.VerificationWeight}; "
                + $"complaint −{o.ComplaintDeduction} each; not inspected {o.NotInspectedScore}, no evaluation {o.NoEvaluationScore}, "
                + $"no spot check {o.NoVerificationScore}; excellent top {o.ExcellentSharePercent}% with ≥ {o.ExcellentMinScore}",
            InstitutionCount = scored.Count,
            ExcellentCount = ranks.Count(r => r.Excellent),
        };
        var results = scored.Select((x, i) => new PerformanceResult
        {
            Year = year,
            InstitutionId = x.Institution.Id,
            InstitutionName = x.Institution.Name,
            StreetCode = x.Institution.StreetCode,
            InspectionScore = x.Inputs.InspectionScore,
            InspectionComponent = PerformanceFormula.Hundredths(x.Score.Inspection),
            SubstantiatedComplaints = x.Inputs.SubstantiatedComplaints,
            ComplaintComponent = PerformanceFormula.Hundredths(x.Score.Complaints),
            EvaluationCount = x.Inputs.EvaluationCount,
            EvaluationAverage = x.Score.EvaluationAverage is { } a ? PerformanceFormula.Hundredths(a) : null,
            EvaluationComponent = PerformanceFormula.Hundredths(x.Score.Evaluations),
            ChecksConfirmed = x.Inputs.ChecksConfirmed,
            ChecksDiscrepancy = x.Inputs.ChecksDiscrepancy,
            VerificationComponent = PerformanceFormula.Hundredths(x.Score.Verification),
            Total = PerformanceFormula.Hundredths(x.Score.Total),
            Rank = ranks[i].Rank,
            Excellent = ranks[i].Excellent,
        }).ToList();

        // The year's previous results go and the new ones come in one transaction: readers see the old run or the new one.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<PerformanceResult>().Where(r => r.Year == year).ExecuteDeleteAsync(ct);
        await db.Set<PerformanceRun>().Where(r => r.Year == year).ExecuteDeleteAsync(ct);
        db.Set<PerformanceRun>().Add(run);
        db.Set<PerformanceResult>().AddRange(results);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return PerformanceRunResponse.From(run);
    }
}
