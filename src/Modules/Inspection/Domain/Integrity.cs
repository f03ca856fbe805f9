namespace Jiafu.Inspection.Domain;

/// <summary>What an integrity entry records.</summary>
public enum IntegrityEntryKind
{
    InspectionPassed,
    InspectionRectify,
    InspectionFailed,
    RectificationOverdue,
    SpotCheckConfirmed,
    SpotCheckDiscrepancy,
    Complaint,
    Reward,
}

/// <summary>
/// One line of an institution's integrity record (诚信档案). Append-only: nothing updates or deletes an entry; a
/// source (task, spot check, …) adds an entry of a kind at most once (unique index).
/// </summary>
public sealed class IntegrityEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public IntegrityEntryKind Kind { get; set; }

    /// <summary>Points of the credit rule at the time of the entry.</summary>
    public int Points { get; set; }

    public required string Summary { get; set; }

    /// <summary>What produced it: <c>InspectionTask</c>, <c>SpotCheck</c> or <c>Manual</c>.</summary>
    public required string SourceType { get; set; }

    public Guid SourceId { get; set; }

    public DateOnly OccurredOn { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The credit class (信用等级) of an institution, recomputed from its entries on each new entry, with the reasons.</summary>
public sealed class IntegrityProfile
{
    public Guid InstitutionId { get; set; }

    public required string InstitutionName { get; set; }

    public int Score { get; set; }

    public CreditClass CreditClass { get; set; }

    public bool RedList { get; set; }

    public bool BlackList { get; set; }

    /// <summary>One reason a line (Chinese), newline-separated.</summary>
    public required string Reasons { get; set; }

    public int EntryCount { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum CreditClass
{
    A,
    B,
    C,
    D,
}

/// <summary>The result of <see cref="CreditRule.Evaluate"/>.</summary>
public sealed record CreditAssessment(int Score, CreditClass CreditClass, bool RedList, bool BlackList, IReadOnlyList<string> Reasons);

/// <summary>The parameterised credit rule of <see cref="CreditRuleOptions"/>; pure, so it is tested at its thresholds.</summary>
public static class CreditRule
{
    public static CreditAssessment Evaluate(IEnumerable<IntegrityEntry> entries, CreditRuleOptions o, DateOnly today)
    {
        var from = today.AddYears(-Math.Max(0, o.WindowYears));
        var window = entries.Where(e => e.OccurredOn > from).OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ToList();
        var reasons = new List<string> { $"基础分 {o.BaseScore} (base score)" };
        var score = o.BaseScore;
        foreach (var e in window)
        {
            score += e.Points;
            reasons.Add($"{e.OccurredOn:yyyy-MM-dd} {(e.Points >= 0 ? "+" : "")}{e.Points} {e.Summary}");
        }

        var cls = score >= o.ClassAMinScore ? CreditClass.A
            : score >= o.ClassBMinScore ? CreditClass.B
            : score >= o.ClassCMinScore ? CreditClass.C
            : CreditClass.D;
        reasons.Add($"得分 {score}: A ≥ {o.ClassAMinScore}, B ≥ {o.ClassBMinScore}, C ≥ {o.ClassCMinScore}, 否则 D → {cls}");
        var failed = window.Any(e => e.Kind == IntegrityEntryKind.InspectionFailed);
        if (cls < CreditClass.C && (failed || window.Any(e => e.Kind == IntegrityEntryKind.RectificationOverdue)))
        {
            cls = CreditClass.C;
            reasons.Add($"{o.WindowYears}年内有年检不合格或逾期未整改，信用等级不高于 C (capped at C)");
        }

        var red = cls == CreditClass.A && window.All(e => e.Points >= 0);
        var black = cls == CreditClass.D || failed;
        if (red)
        {
            reasons.Add("A 级且无扣分记录：列入红名单 (red list)");
        }

        if (black)
        {
            reasons.Add(failed ? "年检不合格：列入黑名单 (black list)" : "D 级：列入黑名单 (black list)");
        }

        return new CreditAssessment(score, cls, red, black, reasons);
    }
}
