using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Users;

/// <summary>
/// The inspector directory (检查人员名录): enabled accounts in the Inspector role, ordered by display name, for choosing a
/// draw plan's inspector pool (双随机抽查) or a campaign task's inspectors. Names and data scope only — no sign-in details.
/// </summary>
/// <param name="Search">Part of the user name or display name.</param>
public sealed record ListInspectors(string? Search) : IQuery<IReadOnlyList<InspectorResponse>>;

/// <summary>An inspector account (检查人员).</summary>
/// <param name="StreetCode">The street the inspector belongs to, if any: a plan may recuse inspectors of the inspected institution's street.</param>
/// <param name="InstitutionId">The institution the account is tied to, if any: such an inspector is recused from it.</param>
public sealed record InspectorResponse(Guid Id, string UserName, string DisplayName, string? StreetCode, string? InstitutionId);

public sealed class ListInspectorsValidator : AbstractValidator<ListInspectors>
{
    public ListInspectorsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListInspectorsHandler(IdentityModuleDbContext db) : IQueryHandler<ListInspectors, IReadOnlyList<InspectorResponse>>
{
    /// <summary>A district has tens of inspectors; the cap only bounds the response.</summary>
    private const int MaxInspectors = 500;

    public async ValueTask<IReadOnlyList<InspectorResponse>> Handle(ListInspectors q, CancellationToken ct) =>
        await Inspectors(db, q.Search).Take(MaxInspectors)
            .Select(u => new InspectorResponse(u.Id, u.UserName!, u.DisplayName, u.StreetCode, u.InstitutionId))
            .ToListAsync(ct);

    /// <summary>Enabled accounts in the Inspector role whose user name or display name contains <paramref name="search"/>, by display name.</summary>
    internal static IQueryable<Domain.User> Inspectors(IdentityModuleDbContext db, string? search)
    {
        var inspectorRole = db.Roles.Where(r => r.Name == Roles.Inspector).Select(r => r.Id);
        var query = db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && inspectorRole.Contains(ur.RoleId)));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        return query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName);
    }
}
