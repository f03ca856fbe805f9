using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Tasks;

/// <summary>Assign the inspectors of a task (指派检查人员), replacing any earlier assignment; at least <c>InspectorsPerObject</c> (2).</summary>
public sealed record AssignInspectors(Guid Id, IReadOnlyList<InspectorRequest> Inspectors, string? Version = null) : ICommand<TaskResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(InspectionTask);

    public string? AuditTargetId => Id.ToString();
}

/// <summary>An inspector: the Identity user id (<c>GET /api/v1/identity/users?role=Inspector</c>) and the name to show.</summary>
public sealed record InspectorRequest(string UserId, string Name);

/// <summary>Body of <c>PUT /tasks/{id}/inspectors</c>.</summary>
public sealed record AssignInspectorsRequest(IReadOnlyList<InspectorRequest> Inspectors);

public sealed class AssignInspectorsValidator : AbstractValidator<AssignInspectors>
{
    public AssignInspectorsValidator(IOptions<InspectionOptions> options)
    {
        var min = Math.Max(2, options.Value.InspectorsPerObject);
        RuleFor(x => x.Inspectors).NotNull().Must(i => i is not null && i.Count >= min && i.Count <= 10)
            .WithMessage($"Assign {min} to 10 inspectors. 每项任务至少指派{min}名检查人员。")
            .Must(i => i is null || i.Select(x => x.UserId).Distinct().Count() == i.Count)
            .WithMessage("An inspector is listed twice. 检查人员重复。");
        RuleForEach(x => x.Inspectors).ChildRules(i =>
        {
            i.RuleFor(x => x.UserId).NotEmpty().MaximumLength(64);
            i.RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        });
    }
}

public sealed class AssignInspectorsHandler(InspectionDbContext db) : ICommandHandler<AssignInspectors, TaskResponse>
{
    public async ValueTask<TaskResponse> Handle(AssignInspectors command, CancellationToken ct)
    {
        var task = await TaskAccess.Load(db).FirstOrDefaultAsync(t => t.Id == command.Id, ct) ?? throw new NotFoundException("Task", command.Id.ToString());
        if (command.Version is { } version)
        {
            ETags.EnsureMatches(version, task.Version.ToString());
        }

        if (task.Status is InspectionTaskStatus.Passed or InspectionTaskStatus.Failed)
        {
            throw new ConflictException("The task is closed. 该任务已结束。", "task_closed");
        }

        var wanted = command.Inspectors.ToDictionary(i => i.UserId.Trim(), i => i.Name.Trim());
        foreach (var gone in task.Inspectors.Where(i => !wanted.ContainsKey(i.UserId)).ToList())
        {
            task.Inspectors.Remove(gone);
            db.Set<TaskInspector>().Remove(gone);
        }

        foreach (var (userId, name) in wanted)
        {
            var kept = task.Inspectors.FirstOrDefault(i => i.UserId == userId);
            if (kept is null)
            {
                task.Inspectors.Add(new TaskInspector { TaskId = task.Id, UserId = userId, Name = name });
            }
            else
            {
                kept.Name = name;
            }
        }

        task.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return await TaskResponses.BuildAsync(db, task, ct);
    }
}
