using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>The status history of a station (状态变更记录), newest first.</summary>
public sealed record GetServicePointHistory(Guid Id) : IQuery<IReadOnlyList<ServicePointStatusChangeResponse>>;

public sealed class GetServicePointHistoryHandler(RegistryDbContext db, ICurrentUser current)
    : IQueryHandler<GetServicePointHistory, IReadOnlyList<ServicePointStatusChangeResponse>>
{
    public async ValueTask<IReadOnlyList<ServicePointStatusChangeResponse>> Handle(GetServicePointHistory query, CancellationToken ct)
    {
        var point = await ServicePointResponses.FindVisibleAsync(db, query.Id, DataScope.From(current), ct);
        return await db.Set<StatusChange>().AsNoTracking()
            .Where(c => c.SubjectId == point.Id && c.SubjectType == ServicePointWorkflow.SubjectType)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new ServicePointStatusChangeResponse(c.Id, c.FromStatus, c.ToStatus, c.Action, c.Reason, c.ChangedBy, c.ChangedAt))
            .ToListAsync(ct);
    }
}
