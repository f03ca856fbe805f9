using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.FieldVisits;

/// <summary>A field visit; out of the caller's scope is 404.</summary>
public sealed record GetFieldVisit(Guid Id) : IQuery<FieldVisitResponse>;

public sealed class GetFieldVisitHandler(InspectionDbContext db, ICurrentUser current, TimeProvider time) : IQueryHandler<GetFieldVisit, FieldVisitResponse>
{
    public async ValueTask<FieldVisitResponse> Handle(GetFieldVisit query, CancellationToken ct)
    {
        var visit = await db.Set<FieldVisit>().AsNoTracking().InScope(current).FirstOrDefaultAsync(v => v.Id == query.Id, ct)
            ?? throw new NotFoundException("FieldVisit", query.Id.ToString());
        return FieldVisitResponse.From(visit, time.Today());
    }
}
