using System.Security.Cryptography;
using System.Text;
using Jiafu.Shared.Errors;

namespace Jiafu.Inspection.Domain;

/// <summary>What a spot-check plan samples from (see ADR 0042).</summary>
public enum SpotCheckPopulation
{
    /// <summary>Recognised institutions (在册机构).</summary>
    Institutions,

    /// <summary>Subsidy applications of the plan's year that are approved or paid (已批准、已拨付的补贴申请).</summary>
    SubsidyApplications,

    /// <summary>Employment-voucher services of the plan's year verified as confirmed (核查通过的促进就业券服务); recusal by the serving institution.</summary>
    VoucherServices,

    /// <summary>Approved or paid service-fee reduction claims of the plan's year (已批准、已拨付的服务费用减免申请, see ADR 0046).</summary>
    FeeReductionClaims,
}

public enum SpotCheckPlanStatus
{
    /// <summary>Seed recorded, not drawn.</summary>
    Planned,

    Drawn,
}

public enum SpotCheckResult
{
    Pending,
    Confirmed,
    Discrepancy,
}

/// <summary>
/// A random spot-check plan (双随机、一公开 抽查计划): population, sampling rates per credit class, inspector pool and a seed
/// recorded before the draw. The draw (<see cref="SpotCheckDraw"/>) is a pure function of the seed and the recorded
/// population and pool, so anyone can re-run it.
/// </summary>
public sealed class SpotCheckPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public int Year { get; set; }

    public SpotCheckPopulation Population { get; set; }

    /// <summary>Hex, 16–64 characters; fixed at creation.</summary>
    public required string Seed { get; set; }

    public DateTimeOffset SeedRecordedAt { get; set; }

    public int RateA { get; set; }

    public int RateB { get; set; }

    public int RateC { get; set; }

    public int RateD { get; set; }

    public int InspectorsPerObject { get; set; }

    public bool RecuseSameStreet { get; set; }

    public SpotCheckPlanStatus Status { get; set; } = SpotCheckPlanStatus.Planned;

    public int PopulationSize { get; set; }

    public DateTimeOffset? DrawnAt { get; set; }

    public string? DrawnBy { get; set; }

    public List<PoolInspector> Pool { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public int RatePerMille(CreditClass c) => c switch
    {
        CreditClass.A => RateA,
        CreditClass.B => RateB,
        CreditClass.C => RateC,
        _ => RateD,
    };
}

/// <summary>An inspector of a plan's pool, with what conflicts them: their own street and the institutions they are tied to.</summary>
public sealed class PoolInspector
{
    public Guid PlanId { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public string? StreetCode { get; set; }

    public List<string> ConflictInstitutionIds { get; set; } = [];
}

/// <summary>One object of the population as it stood at the draw (recorded so the draw can be re-run).</summary>
public sealed class PopulationMember
{
    public Guid PlanId { get; set; }

    public Guid ObjectId { get; set; }

    public required string Name { get; set; }

    public required string StreetCode { get; set; }

    public CreditClass CreditClass { get; set; }
}

/// <summary>A drawn object with its inspectors and result (抽查结果).</summary>
public sealed class SpotCheck
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Guid ObjectId { get; set; }

    public required string ObjectName { get; set; }

    public required string StreetCode { get; set; }

    public CreditClass CreditClass { get; set; }

    /// <summary>HMAC-SHA256(seed, object id) in hex: the order of the draw.</summary>
    public required string Rank { get; set; }

    public SpotCheckResult Result { get; set; } = SpotCheckResult.Pending;

    public string? Findings { get; set; }

    public DateOnly? CheckedOn { get; set; }

    public string? ResultBy { get; set; }

    public List<SpotCheckInspector> Inspectors { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public void RecordResult(SpotCheckResult result, string? findings, DateOnly checkedOn, string actor)
    {
        if (Result != SpotCheckResult.Pending)
        {
            throw new ConflictException("The spot check already has a result. 该抽查已有结果。", "result_recorded");
        }

        if (result == SpotCheckResult.Pending)
        {
            throw new FieldValidationException("result", "The result must be Confirmed or Discrepancy. 结果须为属实或不实。");
        }

        Result = result;
        Findings = findings;
        CheckedOn = checkedOn;
        ResultBy = actor;
        Version = Guid.NewGuid();
    }
}

public sealed class SpotCheckInspector
{
    public Guid SpotCheckId { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }
}

/// <summary>A recusal and redraw of the draw log (回避与重新抽取记录).</summary>
public sealed class DrawLogEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Guid ObjectId { get; set; }

    public required string RecusedUserId { get; set; }

    public required string Reason { get; set; }

    /// <summary>The next inspector in the seed's order, drawn instead.</summary>
    public string? ReplacedByUserId { get; set; }

    public int Sequence { get; set; }
}

/// <summary>
/// The deterministic draw. Objects: each credit class is a stratum of size N; its members are ordered by
/// HMAC-SHA256(key = seed bytes, message = "object:" + object id (lower-case "D" format)) as a big-endian number, and the first
/// ⌈N × rate‰ / 1000⌉ are drawn. Inspectors for a drawn object: the pool ordered by HMAC-SHA256(seed, "inspector:" + object id
/// + ":" + user id); walking that order, a conflicted inspector is recused (logged, the next one drawn in their place) until
/// <c>k</c> are found; fewer than <c>k</c> eligible fails the whole draw.
/// </summary>
public static class SpotCheckDraw
{
    /// <param name="InstitutionId">The institution the object belongs to (recusal and credit class); the object itself when null.</param>
    public sealed record Candidate(Guid ObjectId, string StreetCode, CreditClass CreditClass, Guid? InstitutionId = null);

    public sealed record Inspector(string UserId, string? StreetCode, IReadOnlyCollection<string> ConflictInstitutionIds);

    public sealed record Recusal(Guid ObjectId, string UserId, string Reason, string? ReplacedBy);

    public static string Rank(string seedHex, string message)
    {
        var key = Convert.FromHexString(seedHex);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message))).ToLowerInvariant();
    }

    public static string ObjectRank(string seed, Guid objectId) => Rank(seed, "object:" + objectId.ToString("D"));

    /// <summary>The drawn objects, in draw order (by rank within each class, classes A to D).</summary>
    public static IReadOnlyList<(Candidate Candidate, string Rank)> SelectObjects(
        IEnumerable<Candidate> population, Func<CreditClass, int> ratePerMille, string seed) =>
        population.GroupBy(c => c.CreditClass).OrderBy(g => g.Key).SelectMany(g =>
        {
            var ranked = g.Select(c => (Candidate: c, Rank: ObjectRank(seed, c.ObjectId))).OrderBy(x => x.Rank, StringComparer.Ordinal).ToList();
            var take = (int)Math.Ceiling(ranked.Count * Math.Clamp(ratePerMille(g.Key), 0, 1000) / 1000m);
            return ranked.Take(take);
        }).ToList();

    public static (IReadOnlyList<string> Inspectors, IReadOnlyList<Recusal> Recusals) AssignInspectors(
        Candidate candidate, IEnumerable<Inspector> pool, int count, bool recuseSameStreet, string seed)
    {
        var ordered = pool.OrderBy(i => Rank(seed, $"inspector:{candidate.ObjectId:D}:{i.UserId}"), StringComparer.Ordinal).ToList();
        var chosen = new List<string>();
        var pending = new List<(string UserId, string Reason)>();
        var recusals = new List<Recusal>();
        foreach (var inspector in ordered)
        {
            if (chosen.Count == count)
            {
                break;
            }

            var reason = ConflictOf(inspector, candidate, recuseSameStreet);
            if (reason is not null)
            {
                pending.Add((inspector.UserId, reason));
                continue;
            }

            chosen.Add(inspector.UserId);
            foreach (var p in pending)
            {
                recusals.Add(new Recusal(candidate.ObjectId, p.UserId, p.Reason, inspector.UserId));
            }

            pending.Clear();
        }

        recusals.AddRange(pending.Select(p => new Recusal(candidate.ObjectId, p.UserId, p.Reason, null)));
        if (chosen.Count < count)
        {
            throw new ConflictException(
                $"Only {chosen.Count} of {count} inspectors of the pool are free of conflicts for object {candidate.ObjectId}; enlarge the pool. "
                + "检查人员库中无回避情形的人数不足。", "pool_too_small", "inspectors");
        }

        return (chosen, recusals);
    }

    public static string? ConflictOf(Inspector inspector, Candidate candidate, bool recuseSameStreet)
    {
        if (inspector.ConflictInstitutionIds.Contains((candidate.InstitutionId ?? candidate.ObjectId).ToString("D"), StringComparer.OrdinalIgnoreCase))
        {
            return "与该机构存在利害关系 (tied to the institution)";
        }

        return recuseSameStreet && inspector.StreetCode is not null && inspector.StreetCode == candidate.StreetCode
            ? "同一街镇回避 (same street)"
            : null;
    }
}
