using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Workers;

/// <summary>A worker's training history and certificates (培训经历与证书), from the Training module's events.</summary>
public sealed record ListWorkerTraining(Guid Id) : IQuery<IReadOnlyList<WorkerTrainingResponse>>;

/// <param name="Category">Training category code (岗前培训 PreJob, 技能提升 SkillUpgrade, …).</param>
/// <param name="CertificateStatus">Valid, Revoked, or null when no certificate was issued.</param>
/// <param name="VerificationCode">Code to check the certificate at <c>GET /api/v1/training/certificates/{code}</c>.</param>
public sealed record WorkerTrainingResponse(
    Guid EnrollmentId, Guid ClassId, string? ProgrammeName, string? Category, string? ClassName, string? ProviderName, decimal? AttendedHours,
    DateOnly? CompletedOn, string? CertificateNumber, string? SkillLevel, string? VerificationCode, DateOnly? CertificateIssuedOn,
    DateOnly? CertificateValidUntil, string? CertificateStatus, DateOnly? CertificateRevokedOn);

public sealed class ListWorkerTrainingHandler(RegistryDbContext db, ICurrentUser current)
    : IQueryHandler<ListWorkerTraining, IReadOnlyList<WorkerTrainingResponse>>
{
    public async ValueTask<IReadOnlyList<WorkerTrainingResponse>> Handle(ListWorkerTraining query, CancellationToken ct)
    {
        var worker = await WorkerRules.FindInScopeAsync(db, DataScope.From(current), query.Id, ct);
        var records = await db.Set<WorkerTrainingRecord>().AsNoTracking().Where(r => r.IdNumberHash == worker.IdNumberHash).ToListAsync(ct);
        return records
            .OrderByDescending(r => r.CompletedOn ?? r.CertificateIssuedOn)
            .Select(r => new WorkerTrainingResponse(
                r.EnrollmentId, r.ClassId, r.ProgrammeName, r.Category, r.ClassName, r.ProviderName, r.AttendedHours, r.CompletedOn,
                r.CertificateNumber, r.SkillLevel, r.VerificationCode is null ? null : string.Join('-', r.VerificationCode.Chunk(4).Select(c => new string(c))),
                r.CertificateIssuedOn, r.CertificateValidUntil,
                r.CertificateId is null ? null : r.CertificateRevokedOn is null ? "Valid" : "Revoked", r.CertificateRevokedOn))
            .ToList();
    }
}
