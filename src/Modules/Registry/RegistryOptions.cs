namespace Jiafu.Registry;

/// <summary>Configuration section <c>Registry</c>: the catalogues and thresholds of the register (defaults from the plan).</summary>
public sealed class RegistryOptions
{
    public const string SectionName = "Registry";

    /// <summary>Business formats (业态). Replaces the defaults when configured.</summary>
    public List<CatalogItem> BusinessFormats { get; set; } = [];

    /// <summary>Job types (工种).</summary>
    public List<CatalogItem> JobTypes { get; set; } = [];

    /// <summary>Brand and leading-enterprise titles.</summary>
    public List<TitleDefinition> Titles { get; set; } = [];

    /// <summary>Minimum staff count for an employee-based enterprise filing (从业人员总数达到一定规模).</summary>
    public int EmployeeFilingMinimumStaff { get; set; } = 10;

    /// <summary>How long a filing stays valid before it is re-checked.</summary>
    public int EmployeeFilingValidityMonths { get; set; } = 12;

    /// <summary>How long a health check is valid when only its date is given.</summary>
    public int HealthCheckValidityMonths { get; set; } = 12;

    /// <summary>
    /// Most rows an XLSX export of the institution or worker list may hold; a larger result is refused (400) and the
    /// caller narrows the filters.
    /// </summary>
    public int ExportMaxRows { get; set; } = 100_000;

    public IReadOnlyList<CatalogItem> EffectiveBusinessFormats => BusinessFormats.Count > 0 ? BusinessFormats : DefaultBusinessFormats;

    public IReadOnlyList<CatalogItem> EffectiveJobTypes => JobTypes.Count > 0 ? JobTypes : DefaultJobTypes;

    public IReadOnlyList<TitleDefinition> EffectiveTitles => Titles.Count > 0 ? Titles : DefaultTitles;

    public static readonly IReadOnlyList<CatalogItem> DefaultBusinessFormats =
    [
        new("Housekeeping", "家政服务"),
        new("ElderlyCare", "养老服务"),
        new("CommunityCare", "社区照料"),
        new("PatientEscort", "病患陪护"),
        new("MaternalInfantCare", "母婴护理"),
        new("FamilyEducation", "家庭教育"),
        new("FamilyHealth", "家庭保健"),
        new("CookingTea", "烹饪茶艺"),
        new("Consulting", "咨询服务"),
    ];

    public static readonly IReadOnlyList<CatalogItem> DefaultJobTypes =
    [
        new("Housekeeper", "家政服务员"),
        new("ElderlyCarer", "养老护理员"),
        new("MaternityNurse", "母婴护理员（月嫂）"),
        new("ChildCarer", "育婴员"),
        new("PatientCarer", "病患陪护员"),
        new("Cleaner", "保洁员"),
        new("Cook", "家庭烹饪员"),
        new("HealthManager", "健康管理师"),
    ];

    public static readonly IReadOnlyList<TitleDefinition> DefaultTitles =
    [
        new("RegionalFamousBrand", "自治区家庭服务知名品牌", "Region"),
        new("RegionalTrainingBase", "自治区级家庭服务业培训示范基地", "Region"),
        new("BaotouCharacteristicBrand", "包头市家服特色品牌", "City"),
        new("Top100Top10", "百户十强", "District"),
        new("Frontrunner", "提质扩容领跑者", "District"),
        new("TrainingDemonstrationBase", "培训示范基地", "District"),
    ];
}

public sealed record CatalogItem(string Code, string Name);

public sealed record TitleDefinition(string Code, string Name, string Level);
