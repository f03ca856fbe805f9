using Jiafu.Registry.Data;
using Jiafu.Shared.Security;
using Mediator;

namespace Jiafu.Registry.Features.Workers;

/// <summary>One worker (从业人员详情) inside the caller's scope; the response's <c>ETag</c> is what an update sends back in <c>If-Match</c>.</summary>
public sealed record GetWorker(Guid Id) : IQuery<WorkerResponse>;

public sealed class GetWorkerHandler(RegistryDbContext db, ICurrentUser current, TimeProvider time) : IQueryHandler<GetWorker, WorkerResponse>
{
    public async ValueTask<WorkerResponse> Handle(GetWorker query, CancellationToken ct)
    {
        var worker = await WorkerRules.FindInScopeAsync(db, DataScope.From(current), query.Id, ct, withCertificates: true);
        var institutionName = await WorkerRules.InstitutionNameAsync(db, worker.InstitutionId, ct);
        return WorkerResponses.From(worker, institutionName, WorkerRules.Today(time));
    }
}
