using Jiafu.Shared.Errors;

namespace Jiafu.Training.Domain;

/// <summary>A class (培训班) of a programme: dates, place, capacity, teacher, and its workflow.</summary>
public sealed class TrainingClass
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProgrammeId { get; set; }

    /// <summary>The provider institution (copied from the programme): its operators manage the class.</summary>
    public Guid InstitutionId { get; set; }

    /// <summary>The provider's street (for street officers' scope).</summary>
    public required string ProviderStreetCode { get; set; }

    public required string Name { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public required string Location { get; set; }

    public int Capacity { get; set; }

    /// <summary>Seats taken; changed only by conditional updates (never above <see cref="Capacity"/>, checked by the database).</summary>
    public int Enrolled { get; set; }

    public string? Teacher { get; set; }

    public ClassStatus Status { get; set; } = ClassStatus.Planned;

    public string? StatusReason { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Moves the class through its workflow or refuses with 409 naming the states.</summary>
    public void Apply(ClassAction action, string? reason, DateTimeOffset now)
    {
        var target = ClassWorkflow.Next(Status, action)
            ?? throw new ConflictException($"Cannot {action} a class that is {Status}. 当前状态不允许此操作。", "invalid_transition");
        if (action == ClassAction.Cancel && string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "A reason is required to cancel a class. 请填写取消原因。");
        }

        Status = target;
        StatusReason = action == ClassAction.Cancel ? reason!.Trim() : StatusReason;
        if (target == ClassStatus.Completed)
        {
            CompletedAt = now;
        }

        Touch(now);
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

public enum ClassStatus
{
    /// <summary>计划中</summary>
    Planned,

    /// <summary>报名中</summary>
    Open,

    /// <summary>培训中</summary>
    InProgress,

    /// <summary>已结业</summary>
    Completed,

    /// <summary>已结算 (subsidy claimed)</summary>
    Settled,

    /// <summary>已取消</summary>
    Cancelled,
}

public enum ClassAction
{
    Open,
    Start,
    Complete,
    Settle,
    Cancel,
}

/// <summary>planned → open → in progress → completed → settled; planned, open or in progress → cancelled (with a reason).</summary>
public static class ClassWorkflow
{
    public static ClassStatus? Next(ClassStatus from, ClassAction action) => (from, action) switch
    {
        (ClassStatus.Planned, ClassAction.Open) => ClassStatus.Open,
        (ClassStatus.Open, ClassAction.Start) => ClassStatus.InProgress,
        (ClassStatus.InProgress, ClassAction.Complete) => ClassStatus.Completed,
        (ClassStatus.Completed, ClassAction.Settle) => ClassStatus.Settled,
        (ClassStatus.Planned or ClassStatus.Open or ClassStatus.InProgress, ClassAction.Cancel) => ClassStatus.Cancelled,
        _ => null,
    };
}
