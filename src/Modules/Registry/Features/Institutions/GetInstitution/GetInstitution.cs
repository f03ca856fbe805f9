using Jiafu.Registry.Data;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>One institution in full (机构详情); 404 when it is outside the caller's scope.</summary>
public sealed record GetInstitution(Guid Id) : IQuery<InstitutionResponse>;

public sealed class GetInstitutionHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry)
    : IQueryHandler<GetInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(GetInstitution query, CancellationToken ct)
    {
        var institution = await InstitutionResponses.FindVisibleAsync(db, query.Id, DataScope.From(current), ct);
        return await InstitutionResponses.BuildAsync(db, institution, district.Value, registry.Value, ct);
    }
}
