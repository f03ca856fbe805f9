using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>The optional reason of a workflow action; required to reject, suspend, revoke and restore.</summary>
public sealed record ServicePointActionRequest(string? Reason);

/// <summary>
/// Move a station through the recognition workflow (申请认定 → 认定/驳回 → 暂停/撤销/恢复), the same workflow as
/// institutions. Recognising needs all five 五统一 items and a recognised operating institution.
/// </summary>
/// <param name="Version">From an optional <c>If-Match</c>: when given, the action is refused (412) if the station changed.</param>
public sealed record ChangeServicePointStatus(Guid Id, InstitutionAction Action, string? Reason, string? Version = null)
    : ICommand<ServicePointResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(ServicePoint);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ChangeServicePointStatusValidator : AbstractValidator<ChangeServicePointStatus>
{
    public ChangeServicePointStatusValidator()
    {
        RuleFor(x => x.Action).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(ServicePointRules.ReasonMaxLength);
    }
}

public sealed class ChangeServicePointStatusHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<ChangeServicePointStatus, ServicePointResponse>
{
    public async ValueTask<ServicePointResponse> Handle(ChangeServicePointStatus command, CancellationToken ct)
    {
        var point = await ServicePointResponses.FindVisibleAsync(db, command.Id, DataScope.From(current), ct);
        if (command.Version is not null)
        {
            ETags.EnsureMatches(command.Version, point.Version.ToString());
        }

        var target = InstitutionWorkflow.Next(point.Status, command.Action)
            ?? throw new ConflictException(
                $"Cannot {command.Action} a service point that is {point.Status}. 当前状态不允许此操作。", "invalid_transition");
        if (InstitutionWorkflow.RequiresReason(command.Action) && string.IsNullOrWhiteSpace(command.Reason))
        {
            throw new FieldValidationException("reason", "A reason is required for this action. 请填写原因。");
        }

        var institution = await db.Set<Institution>().AsNoTracking().FirstAsync(i => i.Id == point.InstitutionId, ct);
        if (command.Action == InstitutionAction.Recognise)
        {
            var missing = FiveUnified.Missing(point);
            if (missing.Count > 0)
            {
                throw new ConflictException(
                    $"The 五统一 standards are not all met; missing: {FiveUnified.Describe(missing)}. 五统一未全部达标，不能认定。",
                    "five_unified_incomplete");
            }

            if (institution.Status != InstitutionStatus.Recognised)
            {
                throw new ConflictException(
                    $"The operating institution is {institution.Status}, not Recognised. 运营机构尚未认定或已暂停/撤销，不能认定服务站。",
                    "operator_not_recognised");
            }
        }

        var now = time.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        db.Set<StatusChange>().Add(new StatusChange
        {
            SubjectType = ServicePointWorkflow.SubjectType,
            SubjectId = point.Id,
            FromStatus = point.Status.ToString(),
            ToStatus = target.ToString(),
            Action = command.Action.ToString(),
            Reason = reason,
            ChangedBy = current.Name,
            ChangedAt = now,
        });
        point.Status = target;
        point.StatusReason = reason;
        if (target == InstitutionStatus.Recognised && point.RecognisedAt is null)
        {
            point.RecognisedAt = now;
        }

        point.UpdatedAt = now;
        point.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return ServicePointResponses.From(point, institution.Name, district.Value);
    }
}

public static class ServicePointWorkflow
{
    /// <summary><see cref="StatusChange.SubjectType"/> of a station's history.</summary>
    public const string SubjectType = nameof(ServicePoint);
}
