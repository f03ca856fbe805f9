namespace Jiafu.Inspection.Domain;

/// <summary>What an inspection looks at: a registered institution (家庭服务机构) or a service point (社区家庭服务站/专业服务市场).</summary>
public enum InspectionObjectType
{
    Institution,
    ServicePoint,
}

/// <summary>
/// A versioned checklist (检查表) of scored items, e.g. the 五统一 standards of a station. A template is never edited:
/// a change is a new version of the same <see cref="Code"/>; campaigns keep the version they started with.
/// </summary>
public sealed class ChecklistTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    /// <summary>1, 2, … per code; unique with the code (the database refuses a duplicate).</summary>
    public int VersionNumber { get; set; }

    public required string Name { get; set; }

    public InspectionObjectType ObjectType { get; set; }

    public List<ChecklistItem> Items { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The sum of the item weights: a task's score is its points over this, as a percentage.</summary>
    public int TotalWeight => Items.Sum(i => i.Weight);
}

/// <summary>One scored item of a template: its weight (maximum points) and the evidence an inspector expects (佐证材料).</summary>
public sealed class ChecklistItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TemplateId { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public int Weight { get; set; }

    public required string Evidence { get; set; }
}
