using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Inspection.Features.Integrity;
using Jiafu.Shared.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Tasks;

/// <summary>
/// Escalate overdue rectifications (逾期未整改): every 限期整改 task whose date has passed (UTC+8) becomes Escalated, and the
/// institution's integrity record gets an overdue entry. Run periodically and on demand.
/// </summary>
public sealed record EscalateOverdueRectifications : ICommand<EscalationResult>;

/// <summary>How many tasks were escalated this round.</summary>
public sealed record EscalationResult(int Escalated, IReadOnlyList<Guid> TaskIds);

public sealed class EscalateOverdueRectificationsHandler(InspectionDbContext db, IntegrityRecorder integrity, TimeProvider time)
    : ICommandHandler<EscalateOverdueRectifications, EscalationResult>
{
    public async ValueTask<EscalationResult> Handle(EscalateOverdueRectifications command, CancellationToken ct)
    {
        var today = time.Today();
        var overdue = await db.Set<InspectionTask>().Where(t => t.Status == InspectionTaskStatus.Rectify && t.RectifyBy < today)
            .OrderBy(t => t.RectifyBy).Take(500).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var task in overdue)
        {
            task.Escalate(now);
            var name = await db.Set<IntegrityProfile>().Where(p => p.InstitutionId == task.InstitutionId).Select(p => p.InstitutionName)
                .FirstOrDefaultAsync(ct) ?? task.ObjectName;
            await integrity.AppendAsync(new IntegrityEntry
            {
                InstitutionId = task.InstitutionId,
                InstitutionName = name,
                Kind = IntegrityEntryKind.RectificationOverdue,
                Summary = $"{task.ObjectName} 逾期未整改 (整改期限 {task.RectifyBy:yyyy-MM-dd})",
                SourceType = "InspectionTask",
                SourceId = task.Id,
                OccurredOn = today,
                RecordedBy = "system",
            }, ct);
        }

        await db.SaveChangesAsync(ct);
        return new EscalationResult(overdue.Count, overdue.Select(t => t.Id).ToList());
    }
}

/// <summary>Sends <see cref="EscalateOverdueRectifications"/> at start and every <c>Inspection:EscalationCheckInterval</c> (default one hour).</summary>
public sealed class EscalationService(IServiceScopeFactory scopes, IOptions<InspectionOptions> options, ILogger<EscalationService> logger)
    : PeriodicCommandService(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.EscalationCheckInterval;

    protected override string Description => "Overdue rectification escalation";

    protected override IBaseCommand CreateCommand() => new EscalateOverdueRectifications();
}
