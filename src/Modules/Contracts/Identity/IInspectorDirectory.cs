namespace Jiafu.Contracts.Identity;

/// <summary>The inspector directory (检查人员名录) other modules may read (implemented by the Identity module).</summary>
public interface IInspectorDirectory
{
    /// <summary>Enabled accounts in the Inspector role, ordered by display name.</summary>
    Task<IReadOnlyList<InspectorSummary>> ListInspectorsAsync(CancellationToken ct);
}

/// <param name="Id">The account's id: what inspection plans and tasks store as the inspector's user id.</param>
/// <param name="StreetCode">The street the inspector belongs to, if any (recusal, 回避).</param>
/// <param name="InstitutionId">The institution the account is tied to, if any (recusal).</param>
public sealed record InspectorSummary(Guid Id, string UserName, string DisplayName, string? StreetCode, string? InstitutionId);
