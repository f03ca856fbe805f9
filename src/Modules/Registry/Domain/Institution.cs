using Jiafu.Shared.Errors;

namespace Jiafu.Registry.Domain;

/// <summary>A household-service institution (家庭服务机构), identified by its unified social credit code.</summary>
public sealed class Institution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>Unified social credit code (统一社会信用代码), normalised upper case; unique.</summary>
    public required string CreditCode { get; set; }

    public required string StreetCode { get; set; }

    public required string Address { get; set; }

    public required string LegalRepresentative { get; set; }

    public required string ContactPhone { get; set; }

    /// <summary>Business format codes (业态) from <c>Registry:BusinessFormats</c>.</summary>
    public List<string> BusinessFormats { get; set; } = [];

    public InstitutionStatus Status { get; private set; } = InstitutionStatus.Registered;

    public string? StatusReason { get; private set; }

    public DateTimeOffset? RecognisedAt { get; private set; }

    /// <summary>Employee-based enterprise (员工制家政企业) while a filing is valid.</summary>
    public bool IsEmployeeBased { get; set; }

    public DateOnly? EmployeeBasedUntil { get; set; }

    /// <summary>Member of the district household-services alliance (昆区家庭服务企业联盟).</summary>
    public bool IsAllianceMember { get; set; }

    public DateOnly? AllianceJoinedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token and ETag; renewed on every change.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActive => Status == InstitutionStatus.Recognised;

    /// <summary>Moves the institution through its workflow, or refuses with a 409 naming the states.</summary>
    public StatusChange ChangeStatus(InstitutionAction action, string? reason, string actor, DateTimeOffset now)
    {
        var target = InstitutionWorkflow.Next(Status, action)
            ?? throw new ConflictException(
                $"Cannot {action} an institution that is {Status}. 当前状态不允许此操作。", "invalid_transition");
        if (InstitutionWorkflow.RequiresReason(action) && string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "A reason is required for this action. 请填写原因。");
        }

        var change = new StatusChange
        {
            SubjectType = nameof(Institution),
            SubjectId = Id,
            FromStatus = Status.ToString(),
            ToStatus = target.ToString(),
            Action = action.ToString(),
            Reason = reason?.Trim(),
            ChangedBy = actor,
            ChangedAt = now,
        };
        Status = target;
        StatusReason = reason?.Trim();
        if (target == InstitutionStatus.Recognised && RecognisedAt is null)
        {
            RecognisedAt = now;
        }

        Touch(now);
        return change;
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>Status of an institution or station in the recognition (认定) workflow.</summary>
public enum InstitutionStatus
{
    /// <summary>登记: registered, not yet applied for recognition.</summary>
    Registered,

    /// <summary>申请认定: waiting for review.</summary>
    PendingRecognition,

    /// <summary>认定: recognised and active.</summary>
    Recognised,

    /// <summary>驳回: recognition refused; may apply again.</summary>
    Rejected,

    /// <summary>暂停: suspended; may be restored.</summary>
    Suspended,

    /// <summary>撤销: recognition revoked; may be restored by the district.</summary>
    Revoked,
}

public enum InstitutionAction
{
    ApplyForRecognition,
    Recognise,
    Reject,
    Suspend,
    Revoke,
    Restore,
}

/// <summary>The recognition workflow: 申请认定 → 审核 → 认定 or 驳回; then 暂停 / 撤销 / 恢复.</summary>
public static class InstitutionWorkflow
{
    public static InstitutionStatus? Next(InstitutionStatus current, InstitutionAction action) => (current, action) switch
    {
        (InstitutionStatus.Registered or InstitutionStatus.Rejected, InstitutionAction.ApplyForRecognition) => InstitutionStatus.PendingRecognition,
        (InstitutionStatus.PendingRecognition, InstitutionAction.Recognise) => InstitutionStatus.Recognised,
        (InstitutionStatus.PendingRecognition, InstitutionAction.Reject) => InstitutionStatus.Rejected,
        (InstitutionStatus.Recognised, InstitutionAction.Suspend) => InstitutionStatus.Suspended,
        (InstitutionStatus.Recognised or InstitutionStatus.Suspended, InstitutionAction.Revoke) => InstitutionStatus.Revoked,
        (InstitutionStatus.Suspended or InstitutionStatus.Revoked, InstitutionAction.Restore) => InstitutionStatus.Recognised,
        _ => null,
    };

    public static bool RequiresReason(InstitutionAction action) =>
        action is InstitutionAction.Reject or InstitutionAction.Suspend or InstitutionAction.Revoke or InstitutionAction.Restore;
}
