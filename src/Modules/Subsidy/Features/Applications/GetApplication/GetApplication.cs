using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>One application with its breakdown and review history (申请详情).</summary>
public sealed record GetApplication(Guid Id) : IQuery<ApplicationResponse>;

public sealed class GetApplicationHandler(SubsidyDbContext db, ICurrentUser current) : IQueryHandler<GetApplication, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(GetApplication query, CancellationToken ct) =>
        ApplicationResponses.From(await ApplicationResponses.FindVisibleAsync(db, query.Id, current, ct));
}
