using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Workers;

/// <summary>The editable fields of a worker. The ID number cannot change; certificates are replaced as a set.</summary>
/// <param name="HealthCheckValidUntil">Defaults to the check date plus <c>Registry:HealthCheckValidityMonths</c>.</param>
/// <param name="IdentityVerified">Identity checked against the ID document (实名核验); officers only may change it.</param>
/// <param name="Phone">A new phone number; omit or send null to keep the current one (lists only show it masked).</param>
/// <param name="Certificates">The worker's certificates after the update (omitted or empty: none).</param>
public sealed record UpdateWorkerRequest(
    string Name,
    string? Phone,
    EmploymentType? EmploymentType,
    IReadOnlyList<string> JobTypes,
    DateOnly? HealthCheckDate,
    DateOnly? HealthCheckValidUntil,
    DateOnly? AccidentInsuranceValidUntil,
    bool IdentityVerified,
    IReadOnlyList<WorkerCertificateDto>? Certificates);

/// <summary>Edit a worker (编辑从业人员); <see cref="Version"/> comes from <c>If-Match</c>.</summary>
public sealed record UpdateWorker(
    Guid Id,
    string Version,
    string Name,
    string? Phone,
    EmploymentType? EmploymentType,
    IReadOnlyList<string> JobTypes,
    DateOnly? HealthCheckDate,
    DateOnly? HealthCheckValidUntil,
    DateOnly? AccidentInsuranceValidUntil,
    bool IdentityVerified,
    IReadOnlyList<WorkerCertificateDto>? Certificates) : ICommand<WorkerResponse>, IWorkerProfile, IAuditTarget
{
    public string AuditTargetType => nameof(Worker);

    public string? AuditTargetId => Id.ToString();

    public static UpdateWorker From(Guid id, string version, UpdateWorkerRequest body) => new(
        id, version, body.Name, body.Phone, body.EmploymentType, body.JobTypes, body.HealthCheckDate, body.HealthCheckValidUntil,
        body.AccidentInsuranceValidUntil, body.IdentityVerified, body.Certificates);
}

public sealed class UpdateWorkerValidator : AbstractValidator<UpdateWorker>
{
    public UpdateWorkerValidator(IOptions<RegistryOptions> registry, TimeProvider time) => this.AddProfileRules(registry.Value, time);
}

public sealed class UpdateWorkerHandler(
    RegistryDbContext db, ICurrentUser current, IPersonalDataProtector protector, IOptions<RegistryOptions> registry, TimeProvider time)
    : ICommandHandler<UpdateWorker, WorkerResponse>
{
    public async ValueTask<WorkerResponse> Handle(UpdateWorker command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var worker = await WorkerRules.FindInScopeAsync(db, scope, command.Id, ct, withCertificates: true);
        ETags.EnsureMatches(command.Version, worker.Version.ToString());
        WorkerRules.EnsureMayChangeIdentityVerified(scope, worker.IdentityVerified, command.IdentityVerified);

        worker.Name = command.Name.Trim();
        if (!string.IsNullOrWhiteSpace(command.Phone))
        {
            WorkerRules.SetPhone(worker, command.Phone, protector);
        }
        if (worker.EmploymentType != command.EmploymentType!.Value)
        {
            // The current period of employment follows (a move opens a new period instead).
            worker.EmploymentType = command.EmploymentType.Value;
            var open = await db.Set<WorkerEmployment>()
                .Where(e => e.WorkerId == worker.Id && e.EndedOn == null).ToListAsync(ct);
            open.ForEach(e => e.EmploymentType = worker.EmploymentType);
        }

        worker.JobTypes = WorkerRules.NormalizeJobTypes(command.JobTypes);
        worker.HealthCheckDate = command.HealthCheckDate;
        worker.HealthCheckValidUntil = WorkerRules.HealthCheckValidUntil(command.HealthCheckDate, command.HealthCheckValidUntil, registry.Value);
        worker.AccidentInsuranceValidUntil = command.AccidentInsuranceValidUntil;
        worker.IdentityVerified = command.IdentityVerified;
        // Replaced as a set: the old rows are deleted as orphans; the new ones (with client-generated keys) are
        // added explicitly, or EF would take them for existing rows and update nothing.
        var certificates = WorkerRules.ToCertificates(command.Certificates, worker.Id);
        worker.Certificates.Clear();
        db.Set<WorkerCertificate>().AddRange(certificates);
        worker.Certificates.AddRange(certificates);
        worker.Touch(time.GetUtcNow());

        // A concurrent update changed the version token: the host answers 412.
        await db.SaveChangesAsync(ct);
        var institutionName = await WorkerRules.InstitutionNameAsync(db, worker.InstitutionId, ct);
        return WorkerResponses.From(worker, institutionName, WorkerRules.Today(time));
    }
}
