using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.Integrity;

/// <summary>An institution's integrity standing (信用等级) with the reasons of the rule.</summary>
/// <param name="Reasons">How the class was reached: the base score, each entry's points, the thresholds, caps and lists.</param>
public sealed record IntegrityProfileResponse(
    Guid InstitutionId, string InstitutionName, CreditClass CreditClass, int Score, bool RedList, bool BlackList, int EntryCount,
    IReadOnlyList<string> Reasons, DateTimeOffset? UpdatedAt)
{
    public static IntegrityProfileResponse From(IntegrityProfile p) => new(
        p.InstitutionId, p.InstitutionName, p.CreditClass, p.Score, p.RedList, p.BlackList, p.EntryCount,
        p.Reasons.Split('\n', StringSplitOptions.RemoveEmptyEntries), p.UpdatedAt);
}

/// <summary>The integrity record (诚信档案): the standing and the append-only entries, newest first.</summary>
public sealed record IntegrityRecordResponse(IntegrityProfileResponse Profile, IReadOnlyList<IntegrityEntryResponse> Entries);

/// <summary>One entry of the record.</summary>
/// <param name="SourceType"><c>InspectionTask</c>, <c>SpotCheck</c> or <c>Manual</c>.</param>
public sealed record IntegrityEntryResponse(
    Guid Id, IntegrityEntryKind Kind, int Points, string Summary, string SourceType, Guid SourceId, DateOnly OccurredOn, string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static IntegrityEntryResponse From(IntegrityEntry e) =>
        new(e.Id, e.Kind, e.Points, e.Summary, e.SourceType, e.SourceId, e.OccurredOn, e.RecordedBy, e.RecordedAt);
}
