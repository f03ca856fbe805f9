using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Gender = Jiafu.Registry.Domain.Gender;

namespace Jiafu.Registry.Features.Workers;

/// <summary>The editable fields of a worker, shared by create and update.</summary>
public interface IWorkerProfile
{
    string Name { get; }

    /// <summary>Required on create; on update a missing phone means "unchanged" (writers only see the mask).</summary>
    string? Phone { get; }

    EmploymentType? EmploymentType { get; }

    IReadOnlyList<string> JobTypes { get; }

    DateOnly? HealthCheckDate { get; }

    DateOnly? HealthCheckValidUntil { get; }

    DateOnly? AccidentInsuranceValidUntil { get; }

    IReadOnlyList<WorkerCertificateDto>? Certificates { get; }
}

/// <summary>Field rules and helpers of the worker use cases (lengths follow the database columns).</summary>
public static class WorkerRules
{
    public const int NameMaxLength = 50;
    public const int PhoneMaxLength = 20;
    public const int ReasonMaxLength = 500;
    public const int MaxCertificates = 20;
    public const int MaxJobTypes = 10;

    public static void AddProfileRules<T>(this AbstractValidator<T> validator, RegistryOptions registry, TimeProvider time)
        where T : IWorkerProfile
    {
        var jobTypes = registry.EffectiveJobTypes.Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
        validator.RuleFor(x => x.Name).NotEmpty().MaximumLength(NameMaxLength);
        validator.RuleFor(x => x.Phone).MaximumLength(PhoneMaxLength).ChinaPhone();
        validator.RuleFor(x => x.EmploymentType).NotNull().IsInEnum()
            .WithMessage("employmentType must be EmployeeBased, Affiliated or Flexible. 用工形式无效。");
        validator.RuleFor(x => x.JobTypes)
            .NotEmpty().WithMessage("Choose at least one job type. 请至少选择一个工种。")
            .Must(list => list is null || list.Count <= MaxJobTypes).WithMessage($"At most {MaxJobTypes} job types. 工种过多。")
            .Must(list => list is null || list.All(j => j is not null && jobTypes.Contains(j.Trim())))
            .WithMessage(x => "Unknown job type(s): "
                + string.Join(", ", x.JobTypes.Where(j => j is null || !jobTypes.Contains(j.Trim())))
                + "; see GET /api/v1/registry/job-types. 工种代码无效。");
        validator.RuleFor(x => x.HealthCheckDate)
            .Must(date => date is null || date <= Today(time))
            .WithMessage("healthCheckDate cannot be in the future. 体检日期不能晚于今天。");
        validator.RuleFor(x => x.HealthCheckValidUntil)
            .Must((x, until) => until is null || x.HealthCheckDate is null || until >= x.HealthCheckDate)
            .WithMessage("healthCheckValidUntil cannot be before healthCheckDate. 体检有效期不能早于体检日期。");
        validator.RuleFor(x => x.Certificates)
            .Must(list => list is null || list.Count <= MaxCertificates)
            .WithMessage($"At most {MaxCertificates} certificates. 证书过多。");
        validator.RuleForEach(x => x.Certificates).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
            c.RuleFor(x => x.Number).MaximumLength(50);
            c.RuleFor(x => x.Level).MaximumLength(30);
            c.RuleFor(x => x.ExpiresOn)
                .Must((x, expires) => expires is null || x.IssuedOn is null || expires >= x.IssuedOn)
                .WithMessage("expiresOn cannot be before issuedOn. 证书有效期不能早于发证日期。");
        });
    }

    /// <summary>Today in China (UTC+8): the day against which validity dates are judged.</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Completed years on <paramref name="today"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        if (today.Month < birthDate.Month || (today.Month == birthDate.Month && today.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }

    public static Gender ToGender(Shared.Validation.Gender gender) =>
        gender == Shared.Validation.Gender.Female ? Gender.Female : Gender.Male;

    /// <summary>Known codes, trimmed and de-duplicated, in the order given.</summary>
    public static List<string> NormalizeJobTypes(IEnumerable<string> jobTypes) =>
        jobTypes.Select(j => j.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The health check's validity: as given, or the check date plus <c>Registry:HealthCheckValidityMonths</c>.</summary>
    public static DateOnly? HealthCheckValidUntil(DateOnly? checkDate, DateOnly? validUntil, RegistryOptions options) =>
        validUntil ?? checkDate?.AddMonths(options.HealthCheckValidityMonths);

    /// <summary>Stores the phone encrypted, with its keyed hash and mask (unchanged when the number is the same).</summary>
    public static void SetPhone(Worker worker, string phone, IPersonalDataProtector protector)
    {
        var normalized = phone.Trim();
        var hash = protector.LookupHash(normalized);
        if (worker.PhoneHash == hash && worker.PhoneEncrypted is not null)
        {
            return;
        }

        worker.PhoneEncrypted = protector.Encrypt(normalized);
        worker.PhoneHash = hash;
        worker.PhoneMasked = Mask.Phone(normalized);
    }

    public static List<WorkerCertificate> ToCertificates(IEnumerable<WorkerCertificateDto>? certificates, Guid workerId) =>
        (certificates ?? []).Select(c => new WorkerCertificate
        {
            WorkerId = workerId,
            Name = c.Name.Trim(),
            Number = Trimmed(c.Number),
            Level = Trimmed(c.Level),
            IssuedOn = c.IssuedOn,
            ExpiresOn = c.ExpiresOn,
        }).ToList();

    /// <summary>
    /// Only officers record identity verification (实名核验): an institution operator or API client may not change it.
    /// </summary>
    public static void EnsureMayChangeIdentityVerified(DataScope scope, bool current, bool wanted)
    {
        if (current != wanted && scope.Kind == DataScopeKind.Institutions)
        {
            throw new ForbiddenException(
                "Only bureau and street officers may record identity verification. 实名核验只能由区、街道业务人员确认。");
        }
    }

    /// <summary>The worker inside the caller's scope (with certificates when asked), or 404.</summary>
    public static async Task<Worker> FindInScopeAsync(
        RegistryDbContext db, DataScope scope, Guid id, CancellationToken ct, bool withCertificates = false)
    {
        var query = db.Set<Worker>().InScope(scope);
        if (withCertificates)
        {
            query = query.Include(w => w.Certificates);
        }

        return await query.FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Worker", id.ToString());
    }

    /// <summary>The name of an institution, or null.</summary>
    public static Task<string?> InstitutionNameAsync(RegistryDbContext db, Guid? institutionId, CancellationToken ct) =>
        institutionId is { } id
            ? db.Set<Institution>().Where(i => i.Id == id).Select(i => (string?)i.Name).FirstOrDefaultAsync(ct)
            : Task.FromResult<string?>(null);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
