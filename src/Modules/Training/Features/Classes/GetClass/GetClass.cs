using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Mediator;

namespace Jiafu.Training.Features.Classes;

/// <summary>One class (培训班详情) inside the caller's scope.</summary>
public sealed record GetClass(Guid Id) : IQuery<ClassResponse>;

public sealed class GetClassHandler(TrainingDbContext db, ICurrentUser current) : IQueryHandler<GetClass, ClassResponse>
{
    public async ValueTask<ClassResponse> Handle(GetClass query, CancellationToken ct)
    {
        var (cls, programme) = await ClassResponses.FindInScopeAsync(db, DataScope.From(current), query.Id, ct);
        return ClassResponses.From(cls, programme);
    }
}
