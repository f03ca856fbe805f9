using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Features.Classes;
using Mediator;

namespace Jiafu.Training.Features.Attendance;

/// <summary>A class's attendance grid (考勤表).</summary>
public sealed record GetAttendanceSheet(Guid ClassId) : IQuery<AttendanceSheet>;

public sealed class GetAttendanceSheetHandler(TrainingDbContext db, ICurrentUser current) : IQueryHandler<GetAttendanceSheet, AttendanceSheet>
{
    public async ValueTask<AttendanceSheet> Handle(GetAttendanceSheet query, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (cls, programme) = await ClassResponses.FindInScopeAsync(db, scope, query.ClassId, ct);
        return await AttendanceSheets.LoadAsync(db, cls, programme, scope.SeesWholeRoster(cls) ? null : scope.StreetCode, ct);
    }
}
