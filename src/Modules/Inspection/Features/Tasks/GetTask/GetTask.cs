using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Tasks;

/// <summary>One task with its checklist and the points given (任务详情).</summary>
public sealed record GetTask(Guid Id) : IQuery<TaskResponse>;

public sealed class GetTaskHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<GetTask, TaskResponse>
{
    public async ValueTask<TaskResponse> Handle(GetTask query, CancellationToken ct)
    {
        var task = await TaskAccess.Load(db).AsNoTracking().InScope(current).FirstOrDefaultAsync(t => t.Id == query.Id, ct)
            ?? throw new NotFoundException("Task", query.Id.ToString());
        return await TaskResponses.BuildAsync(db, task, ct);
    }
}

internal static class TaskAccess
{
    public static IQueryable<InspectionTask> Load(InspectionDbContext db) =>
        db.Set<InspectionTask>().Include(t => t.Inspectors).Include(t => t.Scores).AsSplitQuery();
}
