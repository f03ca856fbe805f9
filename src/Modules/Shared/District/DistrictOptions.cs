namespace Jiafu.Shared.District;

/// <summary>
/// Configuration section <c>District</c>: the district and its streets and towns (街道、镇), the unit of a
/// street officer's data scope and of most statistics. Defaults are Kundulun District as of 2020.
/// </summary>
public sealed class DistrictOptions
{
    public const string SectionName = "District";

    public string Code { get; set; } = "150203";

    public string Name { get; set; } = "昆都仑区";

    /// <summary>Replaces the default list when configured.</summary>
    public List<Street> Streets { get; set; } = [];

    public IReadOnlyList<Street> EffectiveStreets => Streets.Count > 0 ? Streets : KundulunStreets;

    public bool IsKnownStreet(string? code) => code is not null && EffectiveStreets.Any(s => s.Code == code);

    public static readonly IReadOnlyList<Street> KundulunStreets =
    [
        new("150203001", "少先路街道"),
        new("150203002", "沼潭街道"),
        new("150203003", "林荫路街道"),
        new("150203004", "友谊大街街道"),
        new("150203005", "阿尔丁大街街道"),
        new("150203006", "团结大街街道"),
        new("150203007", "鞍山道街道"),
        new("150203008", "前进道街道"),
        new("150203009", "市府东路街道"),
        new("150203010", "白云路街道"),
        new("150203011", "黄河西路街道"),
        new("150203012", "昆工路街道"),
        new("150203013", "昆北街道"),
        new("150203100", "昆河镇"),
        new("150203101", "卜尔汉图镇"),
    ];
}

/// <summary>A street (街道) or town (镇) of the district.</summary>
public sealed record Street(string Code, string Name);
