using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Integrity;

/// <summary>An institution's integrity record (诚信档案) and credit class.</summary>
public sealed record GetIntegrityRecord(Guid InstitutionId) : IQuery<IntegrityRecordResponse>;

public sealed class GetIntegrityRecordHandler(
    InspectionDbContext db, ICurrentUser current, IRegistryReader registry, IOptions<InspectionOptions> options, TimeProvider time)
    : IQueryHandler<GetIntegrityRecord, IntegrityRecordResponse>
{
    public async ValueTask<IntegrityRecordResponse> Handle(GetIntegrityRecord query, CancellationToken ct)
    {
        current.EnsureMayRead(query.InstitutionId);
        var profile = await db.Set<IntegrityProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.InstitutionId == query.InstitutionId, ct);
        if (profile is null)
        {
            var institution = await registry.FindInstitutionAsync(query.InstitutionId, ct)
                ?? throw new NotFoundException("Institution", query.InstitutionId.ToString());
            var empty = CreditRule.Evaluate([], options.Value.Credit, time.Today());
            return new IntegrityRecordResponse(new IntegrityProfileResponse(
                institution.Id, institution.Name, empty.CreditClass, empty.Score, empty.RedList, empty.BlackList, 0, empty.Reasons, null), []);
        }

        var entries = await db.Set<IntegrityEntry>().AsNoTracking().Where(e => e.InstitutionId == query.InstitutionId)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.RecordedAt).Take(500).ToListAsync(ct);
        return new IntegrityRecordResponse(IntegrityProfileResponse.From(profile), entries.Select(IntegrityEntryResponse.From).ToList());
    }
}
