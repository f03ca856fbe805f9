namespace Jiafu.Registry.Domain;

/// <summary>A brand or leading-enterprise title held by an institution (品牌/龙头称号), granted for a year.</summary>
public sealed class InstitutionTitle
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    /// <summary>Title code from <c>Registry:Titles</c>, e.g. <c>RegionalFamousBrand</c> (自治区知名品牌).</summary>
    public required string Title { get; set; }

    /// <summary>Level: <c>Region</c> (自治区), <c>City</c> (市), <c>District</c> (区).</summary>
    public required string Level { get; set; }

    public int Year { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public string? GrantedBy { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnReason { get; set; }
}
