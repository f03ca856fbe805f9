using Jiafu.Inspection.Domain;

namespace Jiafu.Inspection.Features.Templates;

/// <summary>A checklist template version (检查表) with its items.</summary>
/// <param name="VersionNumber">1, 2, … per <see cref="Code"/>.</param>
/// <param name="TotalWeight">Sum of the item weights; a task's score is its points over this, as a percentage.</param>
public sealed record TemplateResponse(
    Guid Id, string Code, int VersionNumber, string Name, InspectionObjectType ObjectType, int TotalWeight,
    IReadOnlyList<TemplateItemResponse> Items, DateTimeOffset CreatedAt)
{
    public static TemplateResponse From(ChecklistTemplate t) => new(
        t.Id, t.Code, t.VersionNumber, t.Name, t.ObjectType, t.TotalWeight,
        t.Items.OrderBy(i => i.Position).Select(i => new TemplateItemResponse(i.Id, i.Position, i.Title, i.Weight, i.Evidence)).ToList(),
        t.CreatedAt);
}

/// <summary>A scored item: <see cref="Weight"/> is its maximum points; <see cref="Evidence"/> the evidence expected (佐证材料).</summary>
public sealed record TemplateItemResponse(Guid Id, int Position, string Title, int Weight, string Evidence);
