using Jiafu.Contracts.Audit;
using Jiafu.Shared.Security;

namespace Jiafu.Shared.Audit;

public static class AuditActorFactory
{
    public static AuditActor From(ICurrentUser user) => !user.IsAuthenticated
        ? new AuditActor(null, "anonymous", AuditActorType.Anonymous)
        : new AuditActor(user.Id, user.Name, user.IsClient ? AuditActorType.Client : AuditActorType.User);

    public static readonly AuditActor System = new(null, "system", AuditActorType.System);
}
