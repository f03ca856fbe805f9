using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Workers;

/// <summary>Register a household-service worker (登记从业人员) with an institution.</summary>
/// <param name="IdNumber">Resident ID number (GB 11643, 18 characters); full-width digits and a lower-case x are normalised. One person, one record.</param>
/// <param name="Phone">Mobile or landline with area code.</param>
/// <param name="InstitutionId">The employer; must be inside the caller's scope.</param>
/// <param name="EmploymentType">EmployeeBased (员工制), Affiliated (挂靠) or Flexible (灵活就业).</param>
/// <param name="JobTypes">Job type codes (工种) from <c>GET /api/v1/registry/job-types</c>; at least one.</param>
/// <param name="HealthCheckValidUntil">Defaults to the check date plus <c>Registry:HealthCheckValidityMonths</c>.</param>
/// <param name="IdentityVerified">Identity checked against the ID document (实名核验); officers only; default false.</param>
public sealed record CreateWorker(
    string Name,
    string IdNumber,
    string Phone,
    Guid InstitutionId,
    EmploymentType? EmploymentType,
    IReadOnlyList<string> JobTypes,
    DateOnly? HealthCheckDate,
    DateOnly? HealthCheckValidUntil,
    DateOnly? AccidentInsuranceValidUntil,
    bool? IdentityVerified,
    IReadOnlyList<WorkerCertificateDto>? Certificates) : ICommand<WorkerResponse>, IWorkerProfile;

public sealed class CreateWorkerValidator : AbstractValidator<CreateWorker>
{
    public CreateWorkerValidator(IOptions<RegistryOptions> registry, TimeProvider time)
    {
        RuleFor(x => x.IdNumber).NotEmpty().ResidentIdNumber();
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.Phone).NotEmpty();
        this.AddProfileRules(registry.Value, time);
    }
}

public sealed class CreateWorkerHandler(
    RegistryDbContext db, ICurrentUser current, IPersonalDataProtector protector, IOptions<RegistryOptions> registry, TimeProvider time)
    : ICommandHandler<CreateWorker, WorkerResponse>
{
    public async ValueTask<WorkerResponse> Handle(CreateWorker command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == command.InstitutionId, ct)
            ?? throw new NotFoundException("Institution", command.InstitutionId.ToString());
        scope.EnsureVisible(institution);

        var today = WorkerRules.Today(time);
        if (!ResidentIdNumber.TryParse(command.IdNumber, today, out var id))
        {
            // The validator judged "today" by the system clock; this judges it by the injected one.
            throw new FieldValidationException("idNumber",
                ResidentIdNumberValidator<CreateWorker>.MessageFor(ResidentIdNumber.Validate(command.IdNumber, today)));
        }

        var identityVerified = command.IdentityVerified ?? false;
        WorkerRules.EnsureMayChangeIdentityVerified(scope, current: false, wanted: identityVerified);

        var hash = protector.LookupHash(id.Normalized);
        if (await db.Set<Worker>().AnyAsync(w => w.IdNumberHash == hash, ct))
        {
            throw Duplicate();
        }

        var now = time.GetUtcNow();
        var worker = new Worker
        {
            Name = command.Name.Trim(),
            IdNumberEncrypted = protector.Encrypt(id.Normalized),
            IdNumberHash = hash,
            IdNumberMasked = Mask.IdNumber(id.Normalized),
            Gender = WorkerRules.ToGender(id.Gender),
            BirthDate = id.BirthDate,
            InstitutionId = institution.Id,
            StreetCode = institution.StreetCode,
            EmploymentType = command.EmploymentType!.Value,
            JobTypes = WorkerRules.NormalizeJobTypes(command.JobTypes),
            HealthCheckDate = command.HealthCheckDate,
            HealthCheckValidUntil = WorkerRules.HealthCheckValidUntil(command.HealthCheckDate, command.HealthCheckValidUntil, registry.Value),
            AccidentInsuranceValidUntil = command.AccidentInsuranceValidUntil,
            IdentityVerified = identityVerified,
            CreatedAt = now,
            UpdatedAt = now,
        };
        WorkerRules.SetPhone(worker, command.Phone, protector);
        worker.Certificates = WorkerRules.ToCertificates(command.Certificates, worker.Id);

        db.Set<Worker>().Add(worker);
        db.Set<WorkerEmployment>().Add(new WorkerEmployment
        {
            WorkerId = worker.Id,
            InstitutionId = institution.Id,
            EmploymentType = worker.EmploymentType,
            StartedOn = today,
        });
        db.AddIntegrationEvent(new WorkerRegistered(worker.Id, hash, institution.Id, institution.StreetCode));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Lost the race to another request registering the same person.
            throw Duplicate();
        }

        return WorkerResponses.From(worker, institution.Name, today);
    }

    // The message never repeats the number: it is personal data and problem details are logged.
    private static ConflictException Duplicate() => new(
        "A worker with this resident ID number is already registered; move them to the new institution instead. 该身份证号码已登记，请办理从业机构变更。",
        "duplicate_id_number", "idNumber");
}
