using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Mediator;

namespace Jiafu.Registry.Features.Workers;

/// <summary>
/// Show a worker's full resident ID number and phone (查看完整身份信息). A command, so every reveal is
/// audited (who, when, which worker) — the audit entry never holds the revealed values.
/// </summary>
public sealed record RevealWorkerPersonalData(Guid Id) : ICommand<WorkerPersonalDataResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Worker);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RevealWorkerPersonalDataHandler(RegistryDbContext db, ICurrentUser current, IPersonalDataProtector protector)
    : ICommandHandler<RevealWorkerPersonalData, WorkerPersonalDataResponse>
{
    public async ValueTask<WorkerPersonalDataResponse> Handle(RevealWorkerPersonalData command, CancellationToken ct)
    {
        var worker = await WorkerRules.FindInScopeAsync(db, DataScope.From(current), command.Id, ct);
        return new WorkerPersonalDataResponse(
            protector.Decrypt(worker.IdNumberEncrypted),
            worker.PhoneEncrypted is null ? null : protector.Decrypt(worker.PhoneEncrypted));
    }
}
