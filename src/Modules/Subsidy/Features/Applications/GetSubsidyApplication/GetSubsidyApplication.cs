using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>One application with its breakdown and review history (申请详情).</summary>
public sealed record GetSubsidyApplication(Guid Id) : IQuery<SubsidyApplicationResponse>;

public sealed class GetSubsidyApplicationHandler(SubsidyDbContext db, ICurrentUser current, IPersonalDataProtector protector) : IQueryHandler<GetSubsidyApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(GetSubsidyApplication query, CancellationToken ct) =>
        SubsidyApplicationResponses.From(await SubsidyApplicationResponses.FindVisibleAsync(db, query.Id, current, ct), protector);
}
