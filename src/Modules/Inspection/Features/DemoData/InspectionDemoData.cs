using Jiafu.Contracts.Identity;
using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Inspection.Features.Integrity;
using Jiafu.Shared;
using Jiafu.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.DemoData;

/// <summary>
/// With <c>Bootstrap:SeedDemoData=true</c> and no campaign yet: last year's institution campaign, finished (合格, some after
/// rectification); this year's running campaign with tasks in every state (one 不合格 publishes the event that makes a revocation
/// proposal); the integrity entries those outcomes make; and one spot-check plan over the institutions, drawn from its recorded
/// seed, with results. Institutions come from the register's demo data (<see cref="IRegistryReader"/>), inspectors from the
/// inspector directory (<see cref="IInspectorDirectory"/>: the demo inspector accounts, so an inspector who signs in finds
/// their tasks and checks); without at least two inspector accounts there is nothing to assign and the step is skipped.
/// Deterministic (fixed seeds).
/// </summary>
public sealed class InspectionDemoData(
    InspectionDbContext db, IRegistryReader registry, IInspectorDirectory directory, IntegrityRecorder integrity, IOptions<BootstrapOptions> bootstrap,
    IOptions<InspectionOptions> options, TimeProvider time, ILogger<InspectionDemoData> logger) : IBootstrapStep
{
    private const string Actor = "demo";
    private const string DemoSeed = "5a1c0d2e3f405162738495a6b7c8d9eaf00112233445566778899aabbccddeef";

    public int Order => 160;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!bootstrap.Value.SeedDemoData || await db.Set<Campaign>().AnyAsync(ct))
        {
            return;
        }

        var institutions = (await registry.ListActiveInstitutionsAsync((string?)null, ct)).Take(40).ToList();
        var template = await db.Set<ChecklistTemplate>().Include(t => t.Items)
            .Where(t => t.ObjectType == InspectionObjectType.Institution).OrderByDescending(t => t.VersionNumber).FirstOrDefaultAsync(ct);
        var inspectors = await directory.ListInspectorsAsync(ct);
        if (institutions.Count < 6 || template is null || inspectors.Count < 2)
        {
            logger.LogInformation("Inspection demo data skipped: {Count} active institutions, template {Template}, {Inspectors} inspector accounts",
                institutions.Count, template?.Code, inspectors.Count);
            return;
        }

        var random = new Random(2020);
        var now = time.GetUtcNow();
        var today = time.Today();
        var year = today.Year;

        // Last year: every task finished; a few needed rectification first (their findings say so).
        var lastYear = NewCampaign(year - 1, template, now.AddDays(-365));
        var lastDay = new DateOnly(year - 1, 11, 1);
        foreach (var (institution, n) in institutions.Select((i, n) => (i, n)))
        {
            var task = NewTask(lastYear, institution, n, inspectors);
            var share = 0.75 + (random.NextDouble() * 0.23);
            var findings = n % 7 == 3 ? "从业人员意外险未全员覆盖，已限期整改并复查合格" : null;
            Score(task, template, share, n % 7 == 3 ? "复查合格" : null);
            task.RecordOutcome(InspectionTaskStatus.Passed, task.Scores.Sum(s => s.Points), findings, lastDay.AddDays(n % 20), null, Actor, now.AddDays(-330));
            await AppendAsync(task, lastYear, IntegrityEntryKind.InspectionPassed, "合格", ct);
        }

        // This year: Pending (most), Passed, Rectify (one due soon, one overdue and escalated), Failed (once).
        var running = NewCampaign(year, template, now.AddDays(-60));
        foreach (var (institution, n) in institutions.Select((i, n) => (i, n)))
        {
            var task = NewTask(running, institution, n, inspectors);
            var inspectedOn = today.AddDays(-30 + (n % 20));
            switch (n % 8)
            {
                case 1 or 4:
                    Score(task, template, 0.85 + (random.NextDouble() * 0.14), null);
                    task.RecordOutcome(InspectionTaskStatus.Passed, task.Scores.Sum(s => s.Points), null, inspectedOn, null, Actor, now.AddDays(-10));
                    await AppendAsync(task, running, IntegrityEntryKind.InspectionPassed, "合格", ct);
                    break;
                case 2:
                    Score(task, template, 0.65, "投诉登记簿记录不全");
                    task.RecordOutcome(InspectionTaskStatus.Rectify, task.Scores.Sum(s => s.Points), "投诉处理记录不全，限期补齐", inspectedOn,
                        today.AddDays(20), Actor, now.AddDays(-10));
                    await AppendAsync(task, running, IntegrityEntryKind.InspectionRectify, "限期整改", ct);
                    break;
                case 5 when n < 16:
                    Score(task, template, 0.6, "价格未公示");
                    task.RecordOutcome(InspectionTaskStatus.Rectify, task.Scores.Sum(s => s.Points), "服务价格未公示，合同范本缺失", today.AddDays(-40),
                        today.AddDays(-5), Actor, now.AddDays(-40));
                    await AppendAsync(task, running, IntegrityEntryKind.InspectionRectify, "限期整改", ct);
                    task.Escalate(now.AddDays(-4));
                    await AppendAsync(task, running, IntegrityEntryKind.RectificationOverdue, "逾期未整改", ct);
                    break;
                case 6 when n == 6:
                    Score(task, template, 0.4, "证照过期");
                    task.RecordOutcome(InspectionTaskStatus.Failed, task.Scores.Sum(s => s.Points), "营业执照经营范围不含家庭服务，从业人员未持证上岗",
                        inspectedOn, null, Actor, now.AddDays(-3));
                    await AppendAsync(task, running, IntegrityEntryKind.InspectionFailed, "不合格", ct);
                    db.AddIntegrationEvent(new InstitutionInspectionFailed(
                        task.Id, running.Id, running.Year, task.InstitutionId, task.ObjectName, task.Score!.Value, task.Findings ?? ""));
                    break;
            }
        }

        await SeedSpotCheckAsync(institutions, inspectors, year, now, today, ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded inspection demo data: 2 campaigns of {Count} institutions and a drawn spot-check plan", institutions.Count);
    }

    private async Task SeedSpotCheckAsync(
        IReadOnlyList<InstitutionSummary> institutions, IReadOnlyList<InspectorSummary> inspectors, int year, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var plan = new SpotCheckPlan
        {
            Name = $"{year}年度家庭服务机构“双随机、一公开”抽查",
            Year = year,
            Population = SpotCheckPopulation.Institutions,
            Seed = DemoSeed,
            SeedRecordedAt = now.AddDays(-20),
            RateA = 200, RateB = 250, RateC = 500, RateD = 1000,
            InspectorsPerObject = 2,
            RecuseSameStreet = true,
            Status = SpotCheckPlanStatus.Drawn,
            DrawnAt = now.AddDays(-19),
            DrawnBy = Actor,
            CreatedAt = now.AddDays(-20),
        };
        plan.Pool = inspectors.Select(i => new PoolInspector
        {
            PlanId = plan.Id, UserId = i.Id.ToString(), Name = i.DisplayName, StreetCode = i.StreetCode,
            ConflictInstitutionIds = i.InstitutionId is { } conflict ? [conflict] : [],
        }).ToList();

        // The population as it stood at the draw: the credit class each institution has now (before the spot-check results).
        var ids = institutions.Select(i => i.Id).ToList();
        var classes = db.Set<IntegrityProfile>().Local.Where(p => ids.Contains(p.InstitutionId)).ToDictionary(p => p.InstitutionId, p => p.CreditClass);
        var emptyClass = CreditRule.Evaluate([], options.Value.Credit, today).CreditClass;
        var population = institutions.Select(i => new PopulationMember
        {
            PlanId = plan.Id, ObjectId = i.Id, Name = i.Name, StreetCode = i.StreetCode, CreditClass = classes.GetValueOrDefault(i.Id, emptyClass),
        }).ToList();
        plan.PopulationSize = population.Count;
        var candidates = population.Select(m => new SpotCheckDraw.Candidate(m.ObjectId, m.StreetCode, m.CreditClass)).ToList();
        var pool = plan.Pool.Select(i => new SpotCheckDraw.Inspector(i.UserId, i.StreetCode, i.ConflictInstitutionIds)).ToList();
        var names = plan.Pool.ToDictionary(i => i.UserId, i => i.Name);
        var byId = population.ToDictionary(m => m.ObjectId);
        var log = new List<DrawLogEntry>();
        var checks = new List<SpotCheck>();
        foreach (var (candidate, rank) in SpotCheckDraw.SelectObjects(candidates, plan.RatePerMille, plan.Seed))
        {
            var (chosen, recusals) = SpotCheckDraw.AssignInspectors(candidate, pool, plan.InspectorsPerObject, plan.RecuseSameStreet, plan.Seed);
            var check = new SpotCheck
            {
                PlanId = plan.Id, ObjectId = candidate.ObjectId, ObjectName = byId[candidate.ObjectId].Name, StreetCode = candidate.StreetCode,
                CreditClass = candidate.CreditClass, Rank = rank,
            };
            check.Inspectors = chosen.Select(u => new SpotCheckInspector { SpotCheckId = check.Id, UserId = u, Name = names[u] }).ToList();
            checks.Add(check);
            log.AddRange(recusals.Select(r => new DrawLogEntry
            {
                PlanId = plan.Id, ObjectId = r.ObjectId, RecusedUserId = r.UserId, Reason = r.Reason, ReplacedByUserId = r.ReplacedBy, Sequence = log.Count + 1,
            }));
        }

        db.Set<SpotCheckPlan>().Add(plan);
        db.Set<PopulationMember>().AddRange(population);
        db.Set<DrawLogEntry>().AddRange(log);
        db.Set<SpotCheck>().AddRange(checks);

        // Results for all but the last two: one discrepancy, the rest confirmed.
        foreach (var (check, n) in checks.SkipLast(2).Select((c, n) => (c, n)))
        {
            var discrepancy = n == 1;
            check.RecordResult(discrepancy ? SpotCheckResult.Discrepancy : SpotCheckResult.Confirmed,
                discrepancy ? "服务台账所记从业人员与实际在岗人员不符" : null, today.AddDays(-15 + n), Actor);
            await integrity.AppendAsync(new IntegrityEntry
            {
                InstitutionId = check.ObjectId,
                InstitutionName = check.ObjectName,
                Kind = discrepancy ? IntegrityEntryKind.SpotCheckDiscrepancy : IntegrityEntryKind.SpotCheckConfirmed,
                Summary = $"{plan.Name}：抽查{(discrepancy ? "不实" : "属实")}",
                SourceType = "SpotCheck",
                SourceId = check.Id,
                OccurredOn = check.CheckedOn!.Value,
                RecordedBy = Actor,
            }, ct);
        }
    }

    private Campaign NewCampaign(int year, ChecklistTemplate template, DateTimeOffset createdAt)
    {
        var campaign = new Campaign { Year = year, ObjectType = InspectionObjectType.Institution, TemplateId = template.Id, Name = $"{year}年度家庭服务机构年检复核", CreatedAt = createdAt };
        db.Set<Campaign>().Add(campaign);
        return campaign;
    }

    private InspectionTask NewTask(Campaign campaign, InstitutionSummary institution, int n, IReadOnlyList<InspectorSummary> inspectors)
    {
        var task = new InspectionTask
        {
            CampaignId = campaign.Id, ObjectType = InspectionObjectType.Institution, ObjectId = institution.Id, ObjectName = institution.Name,
            InstitutionId = institution.Id, StreetCode = institution.StreetCode,
        };
        task.Inspectors = new[] { inspectors[n % inspectors.Count], inspectors[(n + 1) % inspectors.Count] }
            .Select(i => new TaskInspector { TaskId = task.Id, UserId = i.Id.ToString(), Name = i.DisplayName }).ToList();
        campaign.TaskCount++;
        db.Set<InspectionTask>().Add(task);
        return task;
    }

    private static void Score(InspectionTask task, ChecklistTemplate template, double share, string? note) =>
        task.Scores = template.Items.OrderBy(i => i.Position).Select((i, n) => new TaskItemScore
        {
            TaskId = task.Id, ItemId = i.Id, Points = (int)Math.Floor(i.Weight * share), Note = n == 0 ? note : null,
        }).ToList();

    private Task AppendAsync(InspectionTask task, Campaign campaign, IntegrityEntryKind kind, string outcome, CancellationToken ct) =>
        integrity.AppendAsync(new IntegrityEntry
        {
            InstitutionId = task.InstitutionId,
            InstitutionName = task.ObjectName,
            Kind = kind,
            Summary = $"{campaign.Name}：{outcome}",
            SourceType = "InspectionTask",
            SourceId = task.Id,
            OccurredOn = task.InspectedOn ?? time.Today(),
            RecordedBy = Actor,
        }, ct);
}
