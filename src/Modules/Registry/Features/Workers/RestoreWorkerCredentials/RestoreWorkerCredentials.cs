using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;

namespace Jiafu.Registry.Features.Workers;

/// <summary>Why credentials are restored (optional; kept in the status history).</summary>
public sealed record WorkerCredentialsRestoreRequest(string? Reason);

/// <summary>Restore revoked credentials (恢复从业资格): the status is computed again from the worker's dates.</summary>
public sealed record RestoreWorkerCredentials(Guid Id, string? Reason) : ICommand<WorkerResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Worker);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RestoreWorkerCredentialsValidator : AbstractValidator<RestoreWorkerCredentials>
{
    public RestoreWorkerCredentialsValidator() => RuleFor(x => x.Reason).MaximumLength(WorkerRules.ReasonMaxLength);
}

public sealed class RestoreWorkerCredentialsHandler(RegistryDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<RestoreWorkerCredentials, WorkerResponse>
{
    public async ValueTask<WorkerResponse> Handle(RestoreWorkerCredentials command, CancellationToken ct)
    {
        var worker = await WorkerRules.FindInScopeAsync(db, DataScope.From(current), command.Id, ct, withCertificates: true);
        if (!worker.IsRevoked)
        {
            throw new ConflictException("The worker's credentials are not revoked. 该人员从业资格未被吊销。", "not_revoked");
        }

        worker.IsRevoked = false;
        worker.RevokedReason = null;
        var now = time.GetUtcNow();
        worker.Touch(now);
        db.Set<StatusChange>().Add(new StatusChange
        {
            SubjectType = nameof(Worker), SubjectId = worker.Id, FromStatus = "Revoked", ToStatus = "Active",
            Action = "RestoreCredentials", Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), ChangedBy = current.Name, ChangedAt = now,
        });
        await db.SaveChangesAsync(ct);
        var institutionName = await WorkerRules.InstitutionNameAsync(db, worker.InstitutionId, ct);
        return WorkerResponses.From(worker, institutionName, WorkerRules.Today(time));
    }
}
