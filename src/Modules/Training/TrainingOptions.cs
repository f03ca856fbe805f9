namespace Jiafu.Training;

/// <summary>Configuration section <c>Training</c>: catalogues, the yearly target and rules (defaults from the plan §(四), §9–10).</summary>
public sealed class TrainingOptions
{
    public const string SectionName = "Training";

    /// <summary>Trainees to train a year (每年开展家庭服务业技能培训2000人).</summary>
    public int AnnualTarget { get; set; } = 2000;

    /// <summary>Programme categories (培训类别). Replaces the defaults when configured.</summary>
    public List<TrainingCatalogItem> Categories { get; set; } = [];

    /// <summary>Trainee categories (人员类别): who is trained, for the statistics and subsidies.</summary>
    public List<TrainingCatalogItem> TraineeCategories { get; set; } = [];

    /// <summary>Skill levels (技能等级) an assessment may award.</summary>
    public List<TrainingCatalogItem> SkillLevels { get; set; } = [];

    /// <summary>Registry title codes that mark a provider as a training base (培训示范基地).</summary>
    public List<string> TrainingBaseTitles { get; set; } = ["TrainingDemonstrationBase", "RegionalTrainingBase"];

    /// <summary>How long a certificate stays valid from its issue date, in years; 0 for no expiry.</summary>
    public int CertificateValidityYears { get; set; } = 3;

    public IReadOnlyList<TrainingCatalogItem> EffectiveCategories => Categories.Count > 0 ? Categories : DefaultCategories;

    public IReadOnlyList<TrainingCatalogItem> EffectiveTraineeCategories => TraineeCategories.Count > 0 ? TraineeCategories : DefaultTraineeCategories;

    public IReadOnlyList<TrainingCatalogItem> EffectiveSkillLevels => SkillLevels.Count > 0 ? SkillLevels : DefaultSkillLevels;

    public static readonly IReadOnlyList<TrainingCatalogItem> DefaultCategories =
    [
        new("PreJob", "岗前培训"),
        new("SkillUpgrade", "技能提升"),
        new("Manager", "经理人培训"),
        new("WomenHousekeeping", "巾帼家政"),
        new("FamilyEducation", "家庭教育"),
        new("FamilyHealth", "家庭保健"),
        new("CookingTea", "烹饪茶艺"),
        new("Consulting", "咨询服务"),
        new("CommunityService", "社区家庭服务"),
    ];

    public static readonly IReadOnlyList<TrainingCatalogItem> DefaultTraineeCategories =
    [
        new("Unemployed", "失业人员"),
        new("HardToEmploy", "就业困难人员"),
        new("Employed", "在职从业人员"),
        new("RuralMigrant", "农村转移劳动力"),
        new("CollegeGraduate", "高校毕业生"),
        new("LowIncome", "低收入人员"),
        new("Other", "其他人员"),
    ];

    public static readonly IReadOnlyList<TrainingCatalogItem> DefaultSkillLevels =
    [
        new("Level5", "五级/初级工"),
        new("Level4", "四级/中级工"),
        new("Level3", "三级/高级工"),
        new("Level2", "二级/技师"),
        new("Level1", "一级/高级技师"),
        new("Qualified", "培训合格"),
    ];

    public static string? NameOf(IReadOnlyList<TrainingCatalogItem> items, string? code) => items.FirstOrDefault(i => i.Code == code)?.Name;
}

/// <summary>A code and its Chinese name.</summary>
public sealed record TrainingCatalogItem(string Code, string Name);
