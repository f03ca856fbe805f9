using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Features.Classes;
using Mediator;

namespace Jiafu.Training.Features.Enrollments;

/// <summary>A class's roster (学员名单); a street officer sees only their street's trainees of a class held elsewhere.</summary>
public sealed record ListEnrollments(Guid ClassId, bool IncludeWithdrawn) : IQuery<IReadOnlyList<EnrollmentResponse>>;

public sealed class ListEnrollmentsHandler(TrainingDbContext db, ICurrentUser current) : IQueryHandler<ListEnrollments, IReadOnlyList<EnrollmentResponse>>
{
    public async ValueTask<IReadOnlyList<EnrollmentResponse>> Handle(ListEnrollments query, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (cls, _) = await ClassResponses.FindInScopeAsync(db, scope, query.ClassId, ct);
        var onlyStreet = scope.SeesWholeRoster(cls) ? null : scope.StreetCode;
        return await EnrollmentResponses.ForClassAsync(db, cls.Id, onlyStreet, query.IncludeWithdrawn, ct);
    }
}
