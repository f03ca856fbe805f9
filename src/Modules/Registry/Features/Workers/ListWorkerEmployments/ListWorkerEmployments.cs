using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Workers;

/// <summary>A worker's employment history (从业经历), newest first, with institution names.</summary>
public sealed record ListWorkerEmployments(Guid Id) : IQuery<IReadOnlyList<WorkerEmploymentResponse>>;

public sealed class ListWorkerEmploymentsHandler(RegistryDbContext db, ICurrentUser current)
    : IQueryHandler<ListWorkerEmployments, IReadOnlyList<WorkerEmploymentResponse>>
{
    public async ValueTask<IReadOnlyList<WorkerEmploymentResponse>> Handle(ListWorkerEmployments query, CancellationToken ct)
    {
        if (!await db.Set<Worker>().InScope(DataScope.From(current)).AnyAsync(w => w.Id == query.Id, ct))
        {
            throw new NotFoundException("Worker", query.Id.ToString());
        }

        var rows = await (from e in db.Set<WorkerEmployment>().AsNoTracking()
                          where e.WorkerId == query.Id
                          join i in db.Set<Institution>() on e.InstitutionId equals i.Id into institutions
                          from i in institutions.DefaultIfEmpty()
                          select new { e.Id, e.InstitutionId, InstitutionName = i == null ? null : i.Name, e.EmploymentType, e.StartedOn, e.EndedOn })
            .ToListAsync(ct);

        // Newest first: the open employment, then by start date; ids (version 7) break ties in creation order.
        return rows
            .OrderBy(r => r.EndedOn is null ? 0 : 1)
            .ThenByDescending(r => r.StartedOn)
            .ThenByDescending(r => r.Id)
            .Select(r => new WorkerEmploymentResponse(r.Id, r.InstitutionId, r.InstitutionName, r.EmploymentType, r.StartedOn, r.EndedOn))
            .ToList();
    }
}
