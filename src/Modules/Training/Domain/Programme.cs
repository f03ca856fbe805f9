namespace Jiafu.Training.Domain;

/// <summary>A training programme (培训项目): what is taught, by which provider, how many hours complete it, and its subsidy standards per year.</summary>
public sealed class Programme
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>Category code from <c>Training:Categories</c> (岗前培训, 技能提升, 经理人培训, 巾帼家政, …).</summary>
    public required string Category { get; set; }

    /// <summary>The provider: an institution of the register (a training base or a household-service institution).</summary>
    public Guid ProviderInstitutionId { get; set; }

    /// <summary>The provider's name when the programme was created or last edited (the register owns the live value).</summary>
    public required string ProviderName { get; set; }

    public required string ProviderStreetCode { get; set; }

    /// <summary>Attended hours that complete the programme (结业学时).</summary>
    public int RequiredHours { get; set; }

    /// <summary>First year the programme runs.</summary>
    public int ActiveFromYear { get; set; }

    /// <summary>Last year the programme runs; null while open-ended.</summary>
    public int? ActiveToYear { get; set; }

    public string? Description { get; set; }

    public List<SubsidyStandard> SubsidyStandards { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActiveIn(int year) => year >= ActiveFromYear && (ActiveToYear is null || year <= ActiveToYear);

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>The subsidy paid per trainee in one year: for training (培训补贴) and for skill certification (鉴定补贴), in fen.</summary>
public sealed class SubsidyStandard
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProgrammeId { get; set; }

    public int Year { get; set; }

    public long TrainingSubsidyFen { get; set; }

    public long CertificationSubsidyFen { get; set; }
}
