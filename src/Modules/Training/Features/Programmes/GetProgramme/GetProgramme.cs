using Jiafu.Contracts.Registry;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Programmes;

/// <summary>One programme (培训项目详情) inside the caller's scope.</summary>
public sealed record GetProgramme(Guid Id) : IQuery<ProgrammeResponse>;

public sealed class GetProgrammeHandler(TrainingDbContext db, ICurrentUser current, IRegistryReader registry, IOptions<TrainingOptions> options)
    : IQueryHandler<GetProgramme, ProgrammeResponse>
{
    public async ValueTask<ProgrammeResponse> Handle(GetProgramme query, CancellationToken ct)
    {
        var programme = await ProgrammeResponses.FindInScopeAsync(db, DataScope.From(current), query.Id, ct);
        return (await ProgrammeResponses.FromAsync([programme], registry, options.Value, ct))[0];
    }
}
