using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.SpotChecks;

/// <summary>A spot-check plan (抽查计划) with its recorded seed, rates, pool, and — once drawn — the checks and the recusal log.</summary>
/// <param name="Seed">Hex; recorded at creation, before the draw, so anyone can re-run the draw.</param>
/// <param name="Rates">Sampling rate per credit class, per mille.</param>
/// <param name="Algorithm">The draw algorithm, stated.</param>
public sealed record SpotCheckPlanResponse(
    Guid Id, string Name, int Year, SpotCheckPopulation Population, string Seed, DateTimeOffset SeedRecordedAt, RatesResponse Rates,
    int InspectorsPerObject, bool RecuseSameStreet, SpotCheckPlanStatus Status, int PopulationSize, DateTimeOffset? DrawnAt, string? DrawnBy,
    IReadOnlyList<PoolInspectorResponse> Pool, IReadOnlyList<SpotCheckResponse> Checks, IReadOnlyList<DrawLogResponse> DrawLog, string Algorithm);

public sealed record RatesResponse(int A, int B, int C, int D);

/// <summary>An inspector of the pool and what conflicts them.</summary>
public sealed record PoolInspectorResponse(string UserId, string Name, string? StreetCode, IReadOnlyList<string> ConflictInstitutionIds);

/// <summary>A drawn object with its inspectors and result.</summary>
/// <param name="Rank">HMAC-SHA256(seed, "object:" + id), hex: the draw order.</param>
public sealed record SpotCheckResponse(
    Guid Id, Guid PlanId, Guid ObjectId, string ObjectName, string StreetCode, CreditClass CreditClass, string Rank, SpotCheckResult Result,
    string? Findings, DateOnly? CheckedOn, string? ResultBy, IReadOnlyList<SpotCheckInspectorResponse> Inspectors, string Version)
{
    public static SpotCheckResponse From(SpotCheck c) => new(
        c.Id, c.PlanId, c.ObjectId, c.ObjectName, c.StreetCode, c.CreditClass, c.Rank, c.Result, c.Findings, c.CheckedOn, c.ResultBy,
        c.Inspectors.Select(i => new SpotCheckInspectorResponse(i.UserId, i.Name)).ToList(), c.Version.ToString());
}

public sealed record SpotCheckInspectorResponse(string UserId, string Name);

/// <summary>A recusal (回避) and the inspector drawn instead (重新抽取).</summary>
public sealed record DrawLogResponse(int Sequence, Guid ObjectId, string RecusedUserId, string Reason, string? ReplacedByUserId);

internal static class SpotCheckResponses
{
    public const string Algorithm =
        "Objects: per credit class, order by HMAC-SHA256(key = hex-decoded seed, message = UTF-8 \"object:\" + object id) and take the first "
        + "ceil(N × rate‰ / 1000). Inspectors per drawn object: order the pool by HMAC-SHA256(seed, \"inspector:\" + object id + \":\" + user id), "
        + "skip (recuse and log) conflicted ones, take the first k. 对象与检查人员均按以种子为密钥的 HMAC-SHA256 排序抽取，可据种子复核。";

    public static SpotCheckPlanResponse From(SpotCheckPlan p, IReadOnlyList<SpotCheck> checks, IReadOnlyList<DrawLogEntry> log) => new(
        p.Id, p.Name, p.Year, p.Population, p.Seed, p.SeedRecordedAt, new RatesResponse(p.RateA, p.RateB, p.RateC, p.RateD),
        p.InspectorsPerObject, p.RecuseSameStreet, p.Status, p.PopulationSize, p.DrawnAt, p.DrawnBy,
        p.Pool.OrderBy(i => i.Name).Select(i => new PoolInspectorResponse(i.UserId, i.Name, i.StreetCode, i.ConflictInstitutionIds)).ToList(),
        checks.Select(SpotCheckResponse.From).ToList(),
        log.OrderBy(l => l.Sequence).Select(l => new DrawLogResponse(l.Sequence, l.ObjectId, l.RecusedUserId, l.Reason, l.ReplacedByUserId)).ToList(),
        Algorithm);
}
