using Jiafu.Contracts.Inspection;
using Jiafu.Registry.Data;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>One institution in full (机构详情); 404 when it is outside the caller's scope.</summary>
public sealed record GetInstitution(Guid Id) : IQuery<InstitutionResponse>;

public sealed class GetInstitutionHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry,
    IEnumerable<IInspectionReader> inspection)
    : IQueryHandler<GetInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(GetInstitution query, CancellationToken ct)
    {
        var institution = await InstitutionResponses.FindVisibleAsync(db, query.Id, DataScope.From(current), ct);
        var response = await InstitutionResponses.BuildAsync(db, institution, district.Value, registry.Value, ct);
        if (inspection.FirstOrDefault() is { } reader)
        {
            var standings = await reader.GetStandingsAsync([institution.Id], ct);
            response = response with { CreditClass = standings.GetValueOrDefault(institution.Id)?.CreditClass };
        }

        return response;
    }
}
