using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Classes;

/// <summary>A class (培训班) with its programme's essentials and seats.</summary>
/// <param name="Status">Planned (计划中), Open (报名中), InProgress (培训中), Completed (已结业), Settled (已结算), Cancelled (已取消).</param>
public sealed record ClassResponse(
    Guid Id, Guid ProgrammeId, string ProgrammeName, string Category, int RequiredHours, Guid InstitutionId, string ProviderName,
    string Name, DateOnly StartDate, DateOnly EndDate, string Location, int Capacity, int Enrolled, int SeatsLeft, string? Teacher,
    ClassStatus Status, string? StatusReason, DateTimeOffset? CompletedAt, DateTimeOffset CreatedAt, string Version);

internal static class ClassResponses
{
    public static ClassResponse From(TrainingClass c, Programme p) => new(
        c.Id, p.Id, p.Name, p.Category, p.RequiredHours, c.InstitutionId, p.ProviderName, c.Name, c.StartDate, c.EndDate, c.Location,
        c.Capacity, c.Enrolled, Math.Max(0, c.Capacity - c.Enrolled), c.Teacher, c.Status, c.StatusReason, c.CompletedAt, c.CreatedAt,
        c.Version.ToString());

    /// <summary>The class inside the caller's scope (404 otherwise), tracked, with its programme.</summary>
    public static async Task<(TrainingClass Class, Programme Programme)> FindInScopeAsync(
        TrainingDbContext db, DataScope scope, Guid id, CancellationToken ct)
    {
        var cls = await db.Set<TrainingClass>().InScope(scope, db).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("Class", id.ToString());
        var programme = await db.Set<Programme>().FirstAsync(p => p.Id == cls.ProgrammeId, ct);
        return (cls, programme);
    }
}
