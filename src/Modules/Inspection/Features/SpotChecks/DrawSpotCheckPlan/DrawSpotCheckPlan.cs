using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Voucher;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>
/// Run the draw of a plan (随机抽取): snapshot the population with each institution's credit class, select objects and inspectors with
/// <see cref="SpotCheckDraw"/> from the recorded seed, log recusals and redraws. Once per plan (a conditional update guards it).
/// </summary>
public sealed record DrawSpotCheckPlan(Guid Id) : ICommand<SpotCheckPlanResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SpotCheckPlan);

    public string? AuditTargetId => Id.ToString();
}

public sealed class DrawSpotCheckPlanHandler(
    InspectionDbContext db, IRegistryReader registry, ISubsidyReader subsidy, IVoucherReader vouchers, ICurrentUser current, IOptions<InspectionOptions> options, TimeProvider time)
    : ICommandHandler<DrawSpotCheckPlan, SpotCheckPlanResponse>
{
    public async ValueTask<SpotCheckPlanResponse> Handle(DrawSpotCheckPlan command, CancellationToken ct)
    {
        var plan = await db.Set<SpotCheckPlan>().AsNoTracking().Include(p => p.Pool).FirstOrDefaultAsync(p => p.Id == command.Id, ct)
            ?? throw new NotFoundException("SpotCheckPlan", command.Id.ToString());
        if (plan.Status != SpotCheckPlanStatus.Planned)
        {
            throw new ConflictException("The plan has been drawn already. 该计划已抽取。", "already_drawn");
        }

        var emptyClass = CreditRule.Evaluate([], options.Value.Credit, time.Today()).CreditClass;
        var candidates = new List<SpotCheckDraw.Candidate>();
        var population = new List<PopulationMember>();
        if (plan.Population == SpotCheckPopulation.Institutions)
        {
            var institutions = await registry.ListActiveInstitutionsAsync((string?)null, ct);
            var ids = institutions.Select(i => i.Id).ToList();
            var profiles = await db.Set<IntegrityProfile>().AsNoTracking().Where(p => ids.Contains(p.InstitutionId))
                .ToDictionaryAsync(p => p.InstitutionId, p => p.CreditClass, ct);
            population = institutions.Select(i => new PopulationMember
            {
                PlanId = plan.Id, ObjectId = i.Id, Name = i.Name, StreetCode = i.StreetCode, CreditClass = profiles.GetValueOrDefault(i.Id, emptyClass),
            }).ToList();
            candidates = population.Select(m => new SpotCheckDraw.Candidate(m.ObjectId, m.StreetCode, m.CreditClass)).ToList();
        }
        else
        {
            // Objects that belong to an institution: each takes its institution's credit class, and recusal looks at that
            // institution (ADRs 0042, 0046).
            var objects = plan.Population switch
            {
                SpotCheckPopulation.SubsidyApplications => (await subsidy.ListApprovedOrPaidAsync(plan.Year, ct))
                    .Select(a => new OwnedObject(a.Id, a.InstitutionId, $"{a.ItemCode} · {a.InstitutionName}", a.StreetCode)).ToList(),
                SpotCheckPopulation.FeeReductionClaims => (await subsidy.ListApprovedOrPaidAsync(plan.Year, ct))
                    .Where(a => a.ItemCode == FeeReductionItemCode)
                    .Select(a => new OwnedObject(a.Id, a.InstitutionId, $"服务费用减免 · {a.InstitutionName}", a.StreetCode)).ToList(),
                _ => (await vouchers.ListVerifiedServicesAsync(plan.Year, ct))
                    .Select(v => new OwnedObject(v.VoucherId, v.InstitutionId, $"{v.Code} · {v.InstitutionName}", v.StreetCode)).ToList(),
            };
            var institutionIds = objects.Select(a => a.InstitutionId).Distinct().ToList();
            var classes = await db.Set<IntegrityProfile>().AsNoTracking().Where(p => institutionIds.Contains(p.InstitutionId))
                .ToDictionaryAsync(p => p.InstitutionId, p => p.CreditClass, ct);
            foreach (var o in objects)
            {
                var creditClass = classes.GetValueOrDefault(o.InstitutionId, emptyClass);
                population.Add(new PopulationMember
                {
                    PlanId = plan.Id, ObjectId = o.Id, Name = Truncate(o.Name, 200), StreetCode = o.StreetCode, CreditClass = creditClass,
                });
                candidates.Add(new SpotCheckDraw.Candidate(o.Id, o.StreetCode, creditClass, o.InstitutionId));
            }
        }

        var pool = plan.Pool.Select(i => new SpotCheckDraw.Inspector(i.UserId, i.StreetCode, i.ConflictInstitutionIds)).ToList();
        var names = plan.Pool.ToDictionary(i => i.UserId, i => i.Name);
        var byId = population.ToDictionary(m => m.ObjectId);
        var checks = new List<SpotCheck>();
        var log = new List<DrawLogEntry>();
        foreach (var (candidate, rank) in SpotCheckDraw.SelectObjects(candidates, plan.RatePerMille, plan.Seed))
        {
            var (chosen, recusals) = SpotCheckDraw.AssignInspectors(candidate, pool, plan.InspectorsPerObject, plan.RecuseSameStreet, plan.Seed);
            var check = new SpotCheck
            {
                PlanId = plan.Id,
                ObjectId = candidate.ObjectId,
                ObjectName = byId[candidate.ObjectId].Name,
                StreetCode = candidate.StreetCode,
                CreditClass = candidate.CreditClass,
                Rank = rank,
            };
            check.Inspectors = chosen.Select(u => new SpotCheckInspector { SpotCheckId = check.Id, UserId = u, Name = names[u] }).ToList();
            checks.Add(check);
            log.AddRange(recusals.Select(r => new DrawLogEntry
            {
                PlanId = plan.Id, ObjectId = r.ObjectId, RecusedUserId = r.UserId, Reason = r.Reason, ReplacedByUserId = r.ReplacedBy,
                Sequence = log.Count + 1,
            }));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var actor = current.Actor();
        var claimed = await db.Set<SpotCheckPlan>().Where(p => p.Id == plan.Id && p.Status == SpotCheckPlanStatus.Planned)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, SpotCheckPlanStatus.Drawn).SetProperty(p => p.DrawnAt, now)
                .SetProperty(p => p.DrawnBy, actor).SetProperty(p => p.PopulationSize, population.Count), ct);
        if (claimed != 1)
        {
            throw new ConflictException("The plan has been drawn already. 该计划已抽取。", "already_drawn");
        }

        db.Set<PopulationMember>().AddRange(population);
        db.Set<SpotCheck>().AddRange(checks);
        db.Set<DrawLogEntry>().AddRange(log);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        plan.Status = SpotCheckPlanStatus.Drawn;
        plan.DrawnAt = now;
        plan.DrawnBy = actor;
        plan.PopulationSize = population.Count;
        return SpotCheckResponses.From(plan, checks, log);
    }

    /// <summary>The Subsidy policy item code of the service-fee reduction (服务费用减免).</summary>
    private const string FeeReductionItemCode = "ServiceFeeReduction";

    private sealed record OwnedObject(Guid Id, Guid InstitutionId, string Name, string StreetCode);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
