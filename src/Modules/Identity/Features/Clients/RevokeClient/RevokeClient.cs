using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Identity.Tokens;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Clients;

/// <summary>Revoke an API client (停用接入客户端): no new tokens, and the tokens already issued are refused.</summary>
public sealed record RevokeClient(Guid Id) : ICommand, IAuditTarget
{
    public string AuditTargetType => nameof(ApiClient);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RevokeClientHandler(IdentityModuleDbContext db, BlockedPrincipals blocked, TimeProvider time) : ICommandHandler<RevokeClient>
{
    public async ValueTask<Unit> Handle(RevokeClient command, CancellationToken ct)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == command.Id, ct)
            ?? throw new NotFoundException("ApiClient", command.Id.ToString());
        if (!client.IsRevoked)
        {
            client.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        blocked.Block(client.Id);

        return Unit.Value;
    }
}
