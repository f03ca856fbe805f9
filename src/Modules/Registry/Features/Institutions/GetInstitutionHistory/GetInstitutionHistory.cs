using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>The status history of an institution (状态变更记录), newest first.</summary>
public sealed record GetInstitutionHistory(Guid Id) : IQuery<IReadOnlyList<InstitutionHistoryEntry>>;

/// <summary>One workflow step: the action (<c>ApplyForRecognition</c>, <c>Recognise</c>, <c>Reject</c>, <c>Suspend</c>, <c>Revoke</c>, <c>Restore</c>), the states before and after, why, by whom and when.</summary>
public sealed record InstitutionHistoryEntry(
    string FromStatus, string ToStatus, string Action, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

public sealed class GetInstitutionHistoryHandler(RegistryDbContext db, ICurrentUser current)
    : IQueryHandler<GetInstitutionHistory, IReadOnlyList<InstitutionHistoryEntry>>
{
    public async ValueTask<IReadOnlyList<InstitutionHistoryEntry>> Handle(GetInstitutionHistory query, CancellationToken ct)
    {
        await InstitutionResponses.FindVisibleAsync(db, query.Id, DataScope.From(current), ct);
        var rows = await db.Set<StatusChange>().AsNoTracking()
            .Where(c => c.SubjectType == nameof(Institution) && c.SubjectId == query.Id)
            .OrderByDescending(c => c.ChangedAt)
            .ToListAsync(ct);
        return rows
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id.ToString("N"), StringComparer.Ordinal)
            .Select(c => new InstitutionHistoryEntry(c.FromStatus, c.ToStatus, c.Action, c.Reason, c.ChangedBy, c.ChangedAt))
            .ToList();
    }
}
