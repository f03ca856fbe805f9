using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Complaints;

/// <summary>A complaint with its follow-up timeline; out of the caller's scope is 404.</summary>
public sealed record GetComplaint(Guid Id) : IQuery<ComplaintResponse>;

public sealed class GetComplaintHandler(InspectionDbContext db, ICurrentUser current) : IQueryHandler<GetComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(GetComplaint query, CancellationToken ct)
    {
        var complaint = await db.Set<Complaint>().AsNoTracking().InScope(current).Include(c => c.FollowUps)
            .FirstOrDefaultAsync(c => c.Id == query.Id, ct) ?? throw new NotFoundException("Complaint", query.Id.ToString());
        return ComplaintResponse.From(complaint);
    }
}
