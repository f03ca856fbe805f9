namespace Jiafu.Registry.Domain;

/// <summary>
/// A household-service worker (从业人员): one person, one record, keyed by the keyed hash of the resident ID
/// number. The ID number and phone are stored encrypted; lists use the stored masks.
/// </summary>
public sealed class Worker
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>AES-GCM ciphertext of the normalised resident ID number.</summary>
    public required string IdNumberEncrypted { get; set; }

    /// <summary>HMAC of the normalised ID number: unique, used for look-up and de-duplication.</summary>
    public required string IdNumberHash { get; set; }

    public required string IdNumberMasked { get; set; }

    public Gender Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    public string? PhoneEncrypted { get; set; }

    public string? PhoneHash { get; set; }

    public string? PhoneMasked { get; set; }

    /// <summary>Current employer; null when between jobs.</summary>
    public Guid? InstitutionId { get; set; }

    /// <summary>The employer's street, kept with the worker for scoping and statistics.</summary>
    public string? StreetCode { get; set; }

    public EmploymentType EmploymentType { get; set; }

    /// <summary>Job type codes (工种) from <c>Registry:JobTypes</c>.</summary>
    public List<string> JobTypes { get; set; } = [];

    public DateOnly? HealthCheckDate { get; set; }

    public DateOnly? HealthCheckValidUntil { get; set; }

    public DateOnly? AccidentInsuranceValidUntil { get; set; }

    /// <summary>Identity checked against the ID document by an officer (实名核验).</summary>
    public bool IdentityVerified { get; set; }

    /// <summary>Revoked credentials (e.g. after a serious complaint): always red.</summary>
    public bool IsRevoked { get; set; }

    public string? RevokedReason { get; set; }

    public List<WorkerCertificate> Certificates { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

public enum Gender
{
    Male,
    Female,
}

/// <summary>Employment type (用工形式).</summary>
public enum EmploymentType
{
    /// <summary>员工制: employed under a labour contract.</summary>
    EmployeeBased,

    /// <summary>挂靠: affiliated to an institution.</summary>
    Affiliated,

    /// <summary>灵活就业: flexible employment.</summary>
    Flexible,
}

/// <summary>A vocational certificate (职业资格/技能等级证书) held by a worker.</summary>
public sealed class WorkerCertificate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WorkerId { get; set; }

    public required string Name { get; set; }

    public string? Number { get; set; }

    public string? Level { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}

/// <summary>A period of a worker's employment at an institution (从业经历); moving keeps the history.</summary>
public sealed class WorkerEmployment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WorkerId { get; set; }

    public Guid InstitutionId { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }
}
