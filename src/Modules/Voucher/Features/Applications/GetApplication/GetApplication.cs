using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>One declaration (申报详情); 404 outside the caller's scope.</summary>
public sealed record GetApplication(Guid Id) : IQuery<ApplicationResponse>;

public sealed class GetApplicationHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<GetApplication, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(GetApplication query, CancellationToken ct)
    {
        var application = await ApplicationResponses.FindVisibleAsync(db, query.Id, current, ct);
        return (await ApplicationResponses.BuildAsync(db, [application], district.Value, ct))[0];
    }
}
