using Jiafu.Registry.Data;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>One station or market (服务站详情); out-of-scope ids answer 404.</summary>
public sealed record GetServicePoint(Guid Id) : IQuery<ServicePointResponse>;

public sealed class GetServicePointHandler(RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<GetServicePoint, ServicePointResponse>
{
    public async ValueTask<ServicePointResponse> Handle(GetServicePoint query, CancellationToken ct)
    {
        var point = await ServicePointResponses.FindVisibleAsync(db, query.Id, DataScope.From(current), ct);
        return await ServicePointResponses.BuildAsync(db, point, district.Value, ct);
    }
}
