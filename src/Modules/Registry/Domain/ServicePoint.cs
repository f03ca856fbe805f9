namespace Jiafu.Registry.Domain;

/// <summary>
/// A community household-service station (社区家庭服务站) or professional service market (专业服务市场),
/// operated by an institution, recognised like one, and checked against the 五统一 standards.
/// </summary>
public sealed class ServicePoint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ServicePointKind Kind { get; set; }

    public required string Name { get; set; }

    public Guid InstitutionId { get; set; }

    public required string StreetCode { get; set; }

    public required string Address { get; set; }

    public InstitutionStatus Status { get; set; } = InstitutionStatus.Registered;

    public string? StatusReason { get; set; }

    public DateTimeOffset? RecognisedAt { get; set; }

    /// <summary>五统一: unified signage (统一标识).</summary>
    public bool UnifiedSignage { get; set; }

    /// <summary>五统一: unified dispatch (统一派工).</summary>
    public bool UnifiedDispatch { get; set; }

    /// <summary>五统一: unified training (统一培训).</summary>
    public bool UnifiedTraining { get; set; }

    /// <summary>五统一: unified pricing (统一收费标准).</summary>
    public bool UnifiedPricing { get; set; }

    /// <summary>五统一: unified service standards (统一服务规范).</summary>
    public bool UnifiedServiceStandards { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ServicePointKind
{
    /// <summary>社区家庭服务站.</summary>
    CommunityStation,

    /// <summary>专业服务市场.</summary>
    ServiceMarket,
}
