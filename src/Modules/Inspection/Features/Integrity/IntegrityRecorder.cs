using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Integrity;

/// <summary>
/// Appends an entry to an institution's integrity record (诚信档案) and recomputes its credit class with
/// <see cref="CreditRule"/>, in the caller's unit of work (saved with the change that caused it). The profile's concurrency
/// token makes two simultaneous entries for one institution fail one save rather than lose an update.
/// </summary>
public sealed class IntegrityRecorder(InspectionDbContext db, IOptions<InspectionOptions> options, TimeProvider time)
{
    public async Task<IntegrityProfile> AppendAsync(IntegrityEntry entry, CancellationToken ct)
    {
        var credit = options.Value.Credit;
        entry.Points = PointsOf(entry.Kind, credit);
        entry.RecordedAt = time.GetUtcNow();
        db.Set<IntegrityEntry>().Add(entry);

        var saved = await db.Set<IntegrityEntry>().AsNoTracking().Where(e => e.InstitutionId == entry.InstitutionId).ToListAsync(ct);
        var pending = db.Set<IntegrityEntry>().Local.Where(e => e.InstitutionId == entry.InstitutionId);
        var all = saved.Concat(pending).DistinctBy(e => e.Id).ToList();
        var assessment = CreditRule.Evaluate(all, credit, time.Today());

        var profile = await db.Set<IntegrityProfile>().FindAsync([entry.InstitutionId], ct);
        if (profile is null)
        {
            profile = new IntegrityProfile { InstitutionId = entry.InstitutionId, InstitutionName = entry.InstitutionName, Reasons = "" };
            db.Set<IntegrityProfile>().Add(profile);
        }

        profile.InstitutionName = entry.InstitutionName;
        profile.Score = assessment.Score;
        profile.CreditClass = assessment.CreditClass;
        profile.RedList = assessment.RedList;
        profile.BlackList = assessment.BlackList;
        profile.Reasons = string.Join('\n', assessment.Reasons);
        if (profile.Reasons.Length > 8000)
        {
            profile.Reasons = profile.Reasons[..8000];
        }

        profile.EntryCount = all.Count;
        profile.UpdatedAt = entry.RecordedAt;
        profile.Version = Guid.NewGuid();
        return profile;
    }

    public static int PointsOf(IntegrityEntryKind kind, CreditRuleOptions o) => kind switch
    {
        IntegrityEntryKind.InspectionPassed => o.InspectionPassedPoints,
        IntegrityEntryKind.InspectionRectify => o.InspectionRectifyPoints,
        IntegrityEntryKind.InspectionFailed => o.InspectionFailedPoints,
        IntegrityEntryKind.RectificationOverdue => o.RectificationOverduePoints,
        IntegrityEntryKind.SpotCheckConfirmed => o.SpotCheckConfirmedPoints,
        IntegrityEntryKind.SpotCheckDiscrepancy => o.SpotCheckDiscrepancyPoints,
        IntegrityEntryKind.Complaint => o.ComplaintPoints,
        _ => o.RewardPoints,
    };
}
