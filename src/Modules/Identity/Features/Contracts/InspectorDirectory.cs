using Jiafu.Contracts.Identity;
using Jiafu.Identity.Data;
using Jiafu.Identity.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Contracts;

/// <summary>The inspector directory for other modules: the same accounts as <c>GET /api/v1/identity/inspectors</c>.</summary>
public sealed class InspectorDirectory(IdentityModuleDbContext db) : IInspectorDirectory
{
    public async Task<IReadOnlyList<InspectorSummary>> ListInspectorsAsync(CancellationToken ct) =>
        await ListInspectorsHandler.Inspectors(db, null)
            .Select(u => new InspectorSummary(u.Id, u.UserName!, u.DisplayName, u.StreetCode, u.InstitutionId))
            .ToListAsync(ct);
}
