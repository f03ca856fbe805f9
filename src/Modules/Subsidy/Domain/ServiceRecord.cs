namespace Jiafu.Subsidy.Domain;

/// <summary>
/// A resident-household service an institution performed (居民家庭服务记录), imported for the service-fee reduction
/// (服务费用减免). The household is identified by the keyed hash of the household head's resident ID (the number is
/// stored encrypted). Unique per institution, household, date and service type; claimed at most once (a claim whose
/// subject is <see cref="ClaimKey"/>).
/// </summary>
public sealed class ServiceRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    /// <summary>The institution's street at import (the street officer's scope).</summary>
    public required string StreetCode { get; set; }

    public DateOnly ServiceDate { get; set; }

    /// <summary>Keyed hash of the household head's resident ID number.</summary>
    public required string HouseholdHash { get; set; }

    public required string HouseholdHeadIdEncrypted { get; set; }

    public required string HouseholdHeadIdMasked { get; set; }

    public required string ServiceType { get; set; }

    /// <summary>The subject of the record's claim (its id as text).</summary>
    public required string ClaimKey { get; set; }

    public Guid? ImportJobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
