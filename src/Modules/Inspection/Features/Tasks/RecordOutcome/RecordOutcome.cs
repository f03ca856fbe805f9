using FluentValidation;
using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Inspection.Features.Integrity;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Tasks;

/// <summary>
/// Record an inspection outcome (录入检查结论): points per checklist item, findings, and 合格 / 限期整改 (by a date) / 不合格. The
/// integrity record gets an entry; a 不合格 institution is proposed for revocation (an <see cref="InstitutionInspectionFailed"/> event).
/// </summary>
/// <param name="InspectedOn">Default today (UTC+8); not in the future.</param>
/// <param name="RectifyBy">Required for <c>Rectify</c>: after <paramref name="InspectedOn"/>.</param>
public sealed record RecordOutcome(
    Guid Id, IReadOnlyList<ItemScoreRequest> ItemScores, string? Findings, InspectionTaskStatus Outcome, DateOnly? InspectedOn, DateOnly? RectifyBy,
    string? Version = null) : ICommand<TaskResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(InspectionTask);

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Points for one checklist item (0 to its weight) and an optional note.</summary>
public sealed record ItemScoreRequest(Guid ItemId, int Points, string? Note);

/// <summary>Body of <c>POST /tasks/{id}/outcome</c>.</summary>
public sealed record RecordOutcomeRequest(
    IReadOnlyList<ItemScoreRequest> ItemScores, string? Findings, InspectionTaskStatus Outcome, DateOnly? InspectedOn, DateOnly? RectifyBy);

public sealed class RecordOutcomeValidator : AbstractValidator<RecordOutcome>
{
    public RecordOutcomeValidator()
    {
        RuleFor(x => x.ItemScores).NotEmpty();
        RuleForEach(x => x.ItemScores).ChildRules(i =>
        {
            i.RuleFor(x => x.Points).GreaterThanOrEqualTo(0);
            i.RuleFor(x => x.Note).MaximumLength(500);
        });
        RuleFor(x => x.Findings).MaximumLength(2000);
        RuleFor(x => x.Findings).NotEmpty().When(x => x.Outcome is InspectionTaskStatus.Rectify or InspectionTaskStatus.Failed)
            .WithMessage("Findings are required for 限期整改 and 不合格. 请填写检查发现的问题。");
        RuleFor(x => x.Outcome).Must(o => o is InspectionTaskStatus.Passed or InspectionTaskStatus.Rectify or InspectionTaskStatus.Failed)
            .WithMessage("The outcome must be Passed, Rectify or Failed. 结论须为合格、限期整改或不合格。");
        RuleFor(x => x.RectifyBy).NotEmpty().When(x => x.Outcome == InspectionTaskStatus.Rectify)
            .WithMessage("A rectification date is required. 请填写整改期限。");
        RuleFor(x => x.RectifyBy).Must((x, d) => d is null || x.InspectedOn is null || d > x.InspectedOn)
            .WithMessage("The rectification date must be after the inspection date. 整改期限须晚于检查日期。");
    }
}

public sealed class RecordOutcomeHandler(InspectionDbContext db, ICurrentUser current, IntegrityRecorder integrity, IRegistryReader registry, TimeProvider time)
    : ICommandHandler<RecordOutcome, TaskResponse>
{
    public async ValueTask<TaskResponse> Handle(RecordOutcome command, CancellationToken ct)
    {
        var task = await TaskAccess.Load(db).InScope(current).FirstOrDefaultAsync(t => t.Id == command.Id, ct)
            ?? throw new NotFoundException("Task", command.Id.ToString());
        if (command.Version is { } version)
        {
            ETags.EnsureMatches(version, task.Version.ToString());
        }

        var today = time.Today();
        var inspectedOn = command.InspectedOn ?? today;
        if (inspectedOn > today)
        {
            throw new FieldValidationException("inspectedOn", "The inspection date cannot be in the future. 检查日期不能晚于今天。");
        }

        if (command.RectifyBy is { } by && by <= inspectedOn)
        {
            throw new FieldValidationException("rectifyBy", "The rectification date must be after the inspection date. 整改期限须晚于检查日期。");
        }

        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(c => c.Id == task.CampaignId, ct);
        var template = await db.Set<ChecklistTemplate>().AsNoTracking().Include(t => t.Items).FirstAsync(t => t.Id == campaign.TemplateId, ct);
        var score = Score(template, command.ItemScores);

        var now = time.GetUtcNow();
        task.RecordOutcome(command.Outcome, score, command.Findings?.Trim(), inspectedOn, command.RectifyBy, current.Actor(), now);
        foreach (var old in task.Scores.ToList())
        {
            var fresh = command.ItemScores.First(s => s.ItemId == old.ItemId);
            old.Points = fresh.Points;
            old.Note = fresh.Note?.Trim();
        }

        foreach (var s in command.ItemScores.Where(s => task.Scores.All(o => o.ItemId != s.ItemId)))
        {
            task.Scores.Add(new TaskItemScore { TaskId = task.Id, ItemId = s.ItemId, Points = s.Points, Note = s.Note?.Trim() });
        }

        var (kind, label) = command.Outcome switch
        {
            InspectionTaskStatus.Passed => (IntegrityEntryKind.InspectionPassed, "合格"),
            InspectionTaskStatus.Rectify => (IntegrityEntryKind.InspectionRectify, $"限期整改 (至 {command.RectifyBy:yyyy-MM-dd})"),
            _ => (IntegrityEntryKind.InspectionFailed, "不合格"),
        };
        await integrity.AppendAsync(new IntegrityEntry
        {
            InstitutionId = task.InstitutionId,
            InstitutionName = task.ObjectType == InspectionObjectType.Institution
                ? task.ObjectName
                : (await registry.FindInstitutionAsync(task.InstitutionId, ct))?.Name ?? task.ObjectName,
            Kind = kind,
            Summary = $"{campaign.Name}：{task.ObjectName} {label}，得分 {score}",
            SourceType = "InspectionTask",
            SourceId = task.Id,
            OccurredOn = inspectedOn,
            RecordedBy = current.Actor(),
        }, ct);

        if (command.Outcome == InspectionTaskStatus.Failed && task.ObjectType == InspectionObjectType.Institution)
        {
            db.AddIntegrationEvent(new InstitutionInspectionFailed(
                task.Id, campaign.Id, campaign.Year, task.InstitutionId, task.ObjectName, score, task.Findings ?? ""));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // The same outcome was recorded at the same moment: its integrity entry is already there.
            throw new ConflictException("The outcome was recorded at the same time. 该检查结论已被录入。", "outcome_recorded");
        }

        return TaskResponses.From(task, campaign.Year, template);
    }

    /// <summary>Every item scored once, each within its weight; the score is the points over the total weight, as a rounded percentage.</summary>
    internal static int Score(ChecklistTemplate template, IReadOnlyList<ItemScoreRequest> scores)
    {
        var items = template.Items.ToDictionary(i => i.Id);
        var unknown = scores.Where(s => !items.ContainsKey(s.ItemId)).ToList();
        if (unknown.Count > 0 || scores.Select(s => s.ItemId).Distinct().Count() != scores.Count || scores.Count != items.Count)
        {
            throw new FieldValidationException("itemScores", "Score every checklist item exactly once. 每个检查项须且只须评分一次。");
        }

        var over = scores.FirstOrDefault(s => s.Points > items[s.ItemId].Weight);
        if (over is not null)
        {
            throw new FieldValidationException("itemScores",
                $"Points for '{items[over.ItemId].Title}' exceed its weight {items[over.ItemId].Weight}. 得分不能超过该项分值。");
        }

        var total = template.TotalWeight;
        return total == 0 ? 0 : (int)Math.Round(scores.Sum(s => s.Points) * 100m / total, MidpointRounding.AwayFromZero);
    }
}
