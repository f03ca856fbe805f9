using Jiafu.Contracts.Identity;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Contracts;

/// <summary>Identity's read contract for other modules: an API client's scopes and bound institutions.</summary>
public sealed class ApiClientReader(IdentityModuleDbContext db) : IApiClientReader
{
    public async Task<ApiClientSummary?> FindClientAsync(Guid id, CancellationToken ct)
    {
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return client is null ? null : ToSummary(client);
    }

    public async Task<IReadOnlyList<ApiClientSummary>> FindClientsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var distinct = ids.Distinct().ToList();
        var clients = await db.ApiClients.AsNoTracking().Where(c => distinct.Contains(c.Id)).ToListAsync(ct);
        return clients.Select(ToSummary).ToList();
    }

    private static ApiClientSummary ToSummary(ApiClient c) =>
        new(c.Id, c.ClientId, c.Name, c.Scopes, c.InstitutionIds, c.IsRevoked);
}
