using Jiafu.Registry.Domain;

namespace Jiafu.Registry.Features.Workers;

/// <summary>
/// A worker in full (从业人员详情). The ID number and phone are masked; the full values come only from
/// <c>POST /api/v1/registry/workers/{id}/reveal</c>. <see cref="Version"/> is the ETag to send back in <c>If-Match</c>.
/// </summary>
/// <param name="IdNumberMasked">Resident ID number with the birth date and sequence hidden (<c>150203********1234</c>).</param>
/// <param name="Gender">Derived from the ID number.</param>
/// <param name="BirthDate">Derived from the ID number.</param>
/// <param name="Age">Completed years today (China time).</param>
/// <param name="PhoneMasked">Phone with the middle digits hidden (<c>139****5678</c>).</param>
/// <param name="InstitutionId">Current employer; null when between jobs.</param>
/// <param name="StreetCode">The employer's street.</param>
/// <param name="JobTypes">Job type codes (工种) from <c>GET /api/v1/registry/job-types</c>.</param>
/// <param name="IdentityVerified">Identity checked against the ID document by an officer (实名核验).</param>
/// <param name="CredentialStatus">安心码: Green, Yellow or Red, computed for today.</param>
public sealed record WorkerResponse(
    Guid Id,
    string Name,
    string IdNumberMasked,
    Gender Gender,
    DateOnly BirthDate,
    int Age,
    string? PhoneMasked,
    Guid? InstitutionId,
    string? InstitutionName,
    string? StreetCode,
    EmploymentType EmploymentType,
    IReadOnlyList<string> JobTypes,
    DateOnly? HealthCheckDate,
    DateOnly? HealthCheckValidUntil,
    DateOnly? AccidentInsuranceValidUntil,
    bool IdentityVerified,
    bool IsRevoked,
    string? RevokedReason,
    CredentialStatus CredentialStatus,
    IReadOnlyList<WorkerCertificateDto> Certificates,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Version);

/// <summary>A vocational certificate (职业资格/技能等级证书).</summary>
/// <param name="Name">Certificate name, e.g. 家政服务员（四级）.</param>
/// <param name="Number">Certificate number.</param>
/// <param name="Level">Level, e.g. 初级, 中级, 四级.</param>
public sealed record WorkerCertificateDto(string Name, string? Number, string? Level, DateOnly? IssuedOn, DateOnly? ExpiresOn);

/// <summary>A row of the worker list (从业人员列表); personal data masked.</summary>
public sealed record WorkerListItem(
    Guid Id,
    string Name,
    string IdNumberMasked,
    Gender Gender,
    int Age,
    string? PhoneMasked,
    Guid? InstitutionId,
    string? InstitutionName,
    string? StreetCode,
    EmploymentType EmploymentType,
    IReadOnlyList<string> JobTypes,
    CredentialStatus CredentialStatus,
    DateTimeOffset CreatedAt);

/// <summary>A period of employment (从业经历), newest first.</summary>
/// <param name="EndedOn">Null for the current employment.</param>
public sealed record WorkerEmploymentResponse(
    Guid Id, Guid InstitutionId, string? InstitutionName, EmploymentType EmploymentType, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>The full personal data of a worker, answered only by the audited reveal endpoint.</summary>
public sealed record WorkerPersonalDataResponse(string IdNumber, string? Phone);

/// <summary>Builds <see cref="WorkerResponse"/>s.</summary>
public static class WorkerResponses
{
    public static WorkerResponse From(Worker worker, string? institutionName, DateOnly today) => new(
        worker.Id,
        worker.Name,
        worker.IdNumberMasked,
        worker.Gender,
        worker.BirthDate,
        WorkerRules.AgeOn(worker.BirthDate, today),
        worker.PhoneMasked,
        worker.InstitutionId,
        institutionName,
        worker.StreetCode,
        worker.EmploymentType,
        worker.JobTypes.ToArray(),
        worker.HealthCheckDate,
        worker.HealthCheckValidUntil,
        worker.AccidentInsuranceValidUntil,
        worker.IdentityVerified,
        worker.IsRevoked,
        worker.RevokedReason,
        CredentialRules.Evaluate(worker, today),
        worker.Certificates
            .OrderBy(c => c.IssuedOn ?? DateOnly.MinValue).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new WorkerCertificateDto(c.Name, c.Number, c.Level, c.IssuedOn, c.ExpiresOn))
            .ToArray(),
        worker.CreatedAt,
        worker.UpdatedAt,
        worker.Version.ToString());
}
