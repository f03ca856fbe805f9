using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;

namespace Jiafu.Registry.Features.Workers;

/// <summary>Why credentials are revoked (e.g. a verified serious complaint).</summary>
public sealed record WorkerCredentialsReasonRequest(string Reason);

/// <summary>Revoke a worker's credentials (吊销从业资格): the credential status turns red until restored.</summary>
public sealed record RevokeWorkerCredentials(Guid Id, string Reason) : ICommand<WorkerResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Worker);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RevokeWorkerCredentialsValidator : AbstractValidator<RevokeWorkerCredentials>
{
    public RevokeWorkerCredentialsValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("A reason is required. 请填写原因。").MaximumLength(WorkerRules.ReasonMaxLength);
}

public sealed class RevokeWorkerCredentialsHandler(RegistryDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<RevokeWorkerCredentials, WorkerResponse>
{
    public async ValueTask<WorkerResponse> Handle(RevokeWorkerCredentials command, CancellationToken ct)
    {
        var worker = await WorkerRules.FindInScopeAsync(db, DataScope.From(current), command.Id, ct, withCertificates: true);
        if (worker.IsRevoked)
        {
            throw new ConflictException("The worker's credentials are already revoked. 该人员从业资格已吊销。", "already_revoked");
        }

        worker.IsRevoked = true;
        worker.RevokedReason = command.Reason.Trim();
        var now = time.GetUtcNow();
        worker.Touch(now);
        db.Set<StatusChange>().Add(new StatusChange
        {
            SubjectType = nameof(Worker), SubjectId = worker.Id, FromStatus = "Active", ToStatus = "Revoked",
            Action = "RevokeCredentials", Reason = worker.RevokedReason, ChangedBy = current.Name, ChangedAt = now,
        });
        await db.SaveChangesAsync(ct);
        var institutionName = await WorkerRules.InstitutionNameAsync(db, worker.InstitutionId, ct);
        return WorkerResponses.From(worker, institutionName, WorkerRules.Today(time));
    }
}
