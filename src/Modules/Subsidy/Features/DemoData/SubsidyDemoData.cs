using System.Text.Json;
using Jiafu.Contracts.Registry;
using Jiafu.Shared;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Applications;
using Jiafu.Subsidy.Features.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.DemoData;

/// <summary>
/// With <c>Bootstrap:SeedDemoData=true</c> and an empty Subsidy database: the current year's special fund with an
/// allocation per policy item, and unemployment-insurance-refund and award applications of the register's demo institutions
/// (read through <see cref="IRegistryReader"/>) in every state — submitted, street-approved, approved, returned,
/// rejected (one after approval, its reservation released), paid, recovery ordered and recovered — each computed by the
/// item's rule with its breakdown, with the review history, the claims and a ledger that balances. Deterministic.
/// </summary>
public sealed class SubsidyDemoData(
    SubsidyDbContext db, IRegistryReader registry, ParameterResolver parameters, IOptions<BootstrapOptions> bootstrap,
    TimeProvider time, ILogger<SubsidyDemoData> logger)
    : IBootstrapStep
{
    private const string StreetReviewer = "街道审核员（演示）";
    private const string DistrictReviewer = "区级复审员（演示）";

    /// <summary>Demo budgets per item in yuan (the plan sets no amounts; these only make the fund page meaningful).</summary>
    private static readonly Dictionary<string, long> DemoAllocations = new()
    {
        [PolicyItems.LoanInterestDiscount] = 600_000,
        [PolicyItems.Award] = 1_000_000,
        [PolicyItems.TrainingSubsidy] = 800_000,
        [PolicyItems.CertificationSubsidy] = 200_000,
        [PolicyItems.SocialInsuranceSubsidy] = 400_000,
        [PolicyItems.UnemploymentInsuranceRefund] = 300_000,
        [PolicyItems.AccidentInsuranceSubsidy] = 100_000,
        [PolicyItems.HealthCheckSubsidy] = 100_000,
        [PolicyItems.ServiceFeeReduction] = 300_000,
    };

    /// <summary>The states cycled through, so every state appears for both items.</summary>
    private static readonly SubsidyApplicationStatus[] States =
    [
        SubsidyApplicationStatus.Submitted, SubsidyApplicationStatus.StreetApproved, SubsidyApplicationStatus.Approved,
        SubsidyApplicationStatus.Paid, SubsidyApplicationStatus.Returned, SubsidyApplicationStatus.Rejected,
        SubsidyApplicationStatus.Paid, SubsidyApplicationStatus.RecoveryOrdered, SubsidyApplicationStatus.Recovered,
        SubsidyApplicationStatus.Submitted, SubsidyApplicationStatus.Approved, SubsidyApplicationStatus.Paid,
    ];

    private static readonly string[] AwardCategories = [.. PolicyItems.AwardCategories.Keys];

    public int Order => 150;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!bootstrap.Value.SeedDemoData
            || await db.Set<SubsidyApplication>().AnyAsync(ct) || await db.Set<FundAllocation>().AnyAsync(ct)
            || await db.Set<LedgerEntry>().AnyAsync(ct))
        {
            return;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var institutions = await registry.ListActiveInstitutionsAsync((string?)null, ct);
        var now = SubsidyRules.Now(time);
        var year = SubsidyRules.Today(time).Year;
        var random = new Random(2020);
        var allocations = DemoAllocations.ToDictionary(a => a.Key, a => new FundAllocation
        {
            Year = year, ItemCode = a.Key, AllocatedFen = SubsidyRules.ToFen(a.Value),
        });
        var ledger = new List<LedgerEntry>();
        var opened = now.AddDays(-90);
        foreach (var allocation in allocations.Values)
        {
            ledger.Add(new LedgerEntry
            {
                Year = year, ItemCode = allocation.ItemCode, Kind = LedgerKind.Allocate, AmountFen = allocation.AllocatedFen,
                Note = $"{year}年度专项资金下达（演示）", Actor = DistrictReviewer, At = opened,
            });
        }

        var refund = await parameters.GetAsync(PolicyItems.UnemploymentInsuranceRefund, year, new DateOnly(year, 1, 1), ct);
        var award = await parameters.GetAsync(PolicyItems.Award, year, new DateOnly(year, 1, 1), ct);
        var count = 0;
        for (var i = 0; i < institutions.Count && i < 36; i++)
        {
            var institution = institutions[i];
            var isAward = i % 3 == 2;
            var calculation = isAward
                ? AwardRule.Calculate(year, award, institution.Id, AwardCategories[i % AwardCategories.Length], 5_000m * random.Next(2, 17))
                : UnemploymentRefundRule.Calculate(year, refund, institution.Id, random.Next(8, 120), random.Next(0, 3),
                    decimal.Round(1_500m + (decimal)random.NextDouble() * 18_000m, 2));
            if (!calculation.Eligible)
            {
                continue;
            }

            var status = States[count % States.Length];
            var fund = allocations[calculation.ItemCode];
            var amountFen = SubsidyRules.ToFen(calculation.Amount);
            if (status is not (SubsidyApplicationStatus.Submitted or SubsidyApplicationStatus.StreetApproved or SubsidyApplicationStatus.Returned)
                && fund.ReservedFen + fund.PaidFen + amountFen > fund.AllocatedFen)
            {
                status = SubsidyApplicationStatus.StreetApproved; // the demo budget never overdraws either
            }

            var created = opened.AddDays(5 + count * 2).AddMinutes(random.Next(0, 480));
            var application = new SubsidyApplication
            {
                ItemCode = calculation.ItemCode,
                Year = year,
                InstitutionId = institution.Id,
                InstitutionName = institution.Name,
                StreetCode = institution.StreetCode,
                AmountFen = amountFen,
                InputsJson = JsonSerializer.Serialize(InputsOf(calculation), SubsidyApplicationResponses.Json),
                BreakdownJson = JsonSerializer.Serialize(calculation, SubsidyApplicationResponses.Json),
                ParameterVersion = calculation.ParameterVersion,
                CreatedAt = created,
                CreatedBy = institution.Name + "（演示）",
                CreatedById = "demo-applicant",
                UpdatedAt = created,
            };
            Play(application, status, fund, ledger, created, now, random);
            db.Set<SubsidyApplication>().Add(application);
            if (status != SubsidyApplicationStatus.Rejected)
            {
                db.Set<SubsidyClaim>().AddRange(calculation.SubjectKeys.Select(k => new SubsidyClaim
                {
                    ApplicationId = application.Id, ItemCode = calculation.ItemCode, Period = calculation.Period, SubjectKey = k,
                }));
            }

            count++;
        }

        db.Set<FundAllocation>().AddRange(allocations.Values);
        db.Set<LedgerEntry>().AddRange(ledger.OrderBy(e => e.At));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded demo subsidy data: the {Year} fund, {Applications} applications", year, count);
    }

    /// <summary>Plays the workflow up to <paramref name="target"/>: review history, fund figures and ledger entries.</summary>
    private static void Play(
        SubsidyApplication a, SubsidyApplicationStatus target, FundAllocation fund, List<LedgerEntry> ledger,
        DateTimeOffset created, DateTimeOffset now, Random random)
    {
        var at = created;
        var status = SubsidyApplicationStatus.Submitted;
        void Step(string action, SubsidyApplicationStatus to, string actor, string? comment)
        {
            at = at.AddDays(random.Next(1, 4)).AddHours(random.Next(1, 6));
            if (at > now) at = now;
            a.Reviews.Add(new ApplicationReview
            {
                Action = action, FromStatus = status, ToStatus = to, Comment = comment, Actor = actor,
                ActorId = actor == StreetReviewer ? "demo-street" : actor == DistrictReviewer ? "demo-district" : "demo-applicant", At = at,
            });
            status = to;
            a.Status = to;
            a.UpdatedAt = at;
        }

        void Move(LedgerKind kind, string? note) => ledger.Add(new LedgerEntry
        {
            Year = a.Year, ItemCode = a.ItemCode, Kind = kind, AmountFen = a.AmountFen, ApplicationId = a.Id, Note = note,
            Actor = DistrictReviewer, At = at,
        });

        a.Reviews.Add(new ApplicationReview
        {
            Action = "Submit", FromStatus = status, ToStatus = status, Actor = a.CreatedBy, ActorId = "demo-applicant", At = created,
        });
        switch (target)
        {
            case SubsidyApplicationStatus.Submitted:
                return;
            case SubsidyApplicationStatus.Returned:
                Step("Return", SubsidyApplicationStatus.Returned, StreetReviewer, "参保人数与社保缴费凭证不一致，请补充材料（演示）");
                return;
        }

        Step("StreetApprove", SubsidyApplicationStatus.StreetApproved, StreetReviewer, "材料齐全，同意上报（演示）");
        a.StreetReviewerId = "demo-street";
        if (target == SubsidyApplicationStatus.StreetApproved)
        {
            return;
        }

        Step("DistrictApprove", SubsidyApplicationStatus.Approved, DistrictReviewer, "复审通过（演示）");
        fund.ReservedFen += a.AmountFen;
        Move(LedgerKind.Reserve, null);
        if (target == SubsidyApplicationStatus.Approved)
        {
            return;
        }

        if (target == SubsidyApplicationStatus.Rejected)
        {
            Step("Reject", SubsidyApplicationStatus.Rejected, DistrictReviewer, "抽查发现申报人数不实，撤销审核（演示）");
            fund.ReservedFen -= a.AmountFen;
            Move(LedgerKind.Release, "抽查发现申报人数不实，撤销审核（演示）");
            return;
        }

        var reference = $"KDL-BK-{a.Year}-{random.Next(10_000, 99_999)}";
        Step("Pay", SubsidyApplicationStatus.Paid, DistrictReviewer, reference);
        a.PaidOn = DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);
        a.BankReference = reference;
        fund.ReservedFen -= a.AmountFen;
        fund.PaidFen += a.AmountFen;
        Move(LedgerKind.Pay, reference);
        if (target == SubsidyApplicationStatus.Paid)
        {
            return;
        }

        const string reason = "抽查发现裁员人数少报，责令退回（演示）";
        Step("OrderRecovery", SubsidyApplicationStatus.RecoveryOrdered, DistrictReviewer, reason);
        a.RecoveryReason = reason;
        if (target == SubsidyApplicationStatus.RecoveryOrdered)
        {
            return;
        }

        var recovery = $"KDL-RC-{a.Year}-{random.Next(10_000, 99_999)}";
        Step("Recover", SubsidyApplicationStatus.Recovered, DistrictReviewer, recovery);
        a.RecoveredOn = DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);
        a.RecoveryReference = recovery;
        fund.PaidFen -= a.AmountFen;
        fund.RecoveredFen += a.AmountFen;
        Move(LedgerKind.Recover, reason);
    }

    private static ApplicationInputs InputsOf(Calculation c) => c.ItemCode == PolicyItems.Award
        ? new ApplicationInputs(AwardCategory: c.Inputs.GetValueOrDefault("awardCategory"),
            RequestedAmount: decimal.TryParse(c.Inputs.GetValueOrDefault("requestedAmount"), out var requested) ? requested : null)
        : new ApplicationInputs(
            InsuredStaff: int.TryParse(c.Inputs.GetValueOrDefault("insuredStaff"), out var insured) ? insured : null,
            LaidOffStaff: int.TryParse(c.Inputs.GetValueOrDefault("laidOffStaff"), out var laidOff) ? laidOff : null,
            LastYearPremium: decimal.TryParse(c.Inputs.GetValueOrDefault("lastYearPremium"), out var premium) ? premium : null);
}
