namespace Jiafu.Training.Domain;

/// <summary>
/// A person trained (学员), one record per resident ID number (keyed hash). Linked to the Registry worker when the
/// register knows the person; otherwise registered here with their trainee category (失业人员, 就业困难人员, …).
/// </summary>
public sealed class Trainee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string IdNumberEncrypted { get; set; }

    /// <summary>Keyed hash of the normalised ID number; unique; the same hash the register uses.</summary>
    public required string IdNumberHash { get; set; }

    public required string IdNumberMasked { get; set; }

    public string? PhoneEncrypted { get; set; }

    public string? PhoneMasked { get; set; }

    /// <summary>Trainee category code from <c>Training:TraineeCategories</c>.</summary>
    public required string Category { get; set; }

    /// <summary>The street or town the trainee belongs to (for street officers and the statistics).</summary>
    public required string StreetCode { get; set; }

    /// <summary>The Registry worker, when the register knows this person.</summary>
    public Guid? RegistryWorkerId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
