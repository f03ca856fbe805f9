using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Tasks;

/// <summary>
/// An inspection task (检查任务) of a campaign. <see cref="Items"/> (the checklist with the points given) is filled in the
/// detail only. <see cref="Version"/> is the ETag for <c>If-Match</c>.
/// </summary>
/// <param name="InstitutionId">The institution answerable for the object (its integrity record gets the outcome).</param>
/// <param name="Score">Weighted checklist score 0–100 of the latest outcome.</param>
public sealed record TaskResponse(
    Guid Id, Guid CampaignId, int Year, InspectionObjectType ObjectType, Guid ObjectId, string ObjectName, Guid InstitutionId, string StreetCode,
    InspectionTaskStatus Status, int? Score, string? Findings, DateOnly? InspectedOn, DateOnly? RectifyBy, string? OutcomeBy,
    DateTimeOffset? OutcomeAt, DateTimeOffset? EscalatedAt, IReadOnlyList<TaskInspectorResponse> Inspectors,
    IReadOnlyList<TaskItemResponse> Items, string Version);

/// <summary>An inspector assigned to the task: Identity user id and name.</summary>
public sealed record TaskInspectorResponse(string UserId, string Name);

/// <summary>A checklist item with the points given (null before the outcome).</summary>
public sealed record TaskItemResponse(Guid ItemId, int Position, string Title, int Weight, string Evidence, int? Points, string? Note);

internal static class TaskResponses
{
    public static TaskResponse From(InspectionTask t, int year, ChecklistTemplate? template) => new(
        t.Id, t.CampaignId, year, t.ObjectType, t.ObjectId, t.ObjectName, t.InstitutionId, t.StreetCode, t.Status, t.Score, t.Findings,
        t.InspectedOn, t.RectifyBy, t.OutcomeBy, t.OutcomeAt, t.EscalatedAt,
        t.Inspectors.OrderBy(i => i.Name).Select(i => new TaskInspectorResponse(i.UserId, i.Name)).ToList(),
        template is null
            ? []
            : template.Items.OrderBy(i => i.Position).Select(i =>
            {
                var score = t.Scores.FirstOrDefault(s => s.ItemId == i.Id);
                return new TaskItemResponse(i.Id, i.Position, i.Title, i.Weight, i.Evidence, score?.Points, score?.Note);
            }).ToList(),
        t.Version.ToString());

    /// <summary>The detail: the task with its campaign year and checklist.</summary>
    public static async Task<TaskResponse> BuildAsync(InspectionDbContext db, InspectionTask task, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(c => c.Id == task.CampaignId, ct);
        var template = await db.Set<ChecklistTemplate>().AsNoTracking().Include(x => x.Items).FirstAsync(x => x.Id == campaign.TemplateId, ct);
        return From(task, campaign.Year, template);
    }
}
