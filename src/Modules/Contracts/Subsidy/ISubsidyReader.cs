namespace Jiafu.Contracts.Subsidy;

/// <summary>Read contract over subsidy applications (补贴申请) for other modules, e.g. Inspection's spot checks (implemented by Subsidy).</summary>
public interface ISubsidyReader
{
    /// <summary>The applications of a year that are approved (审核通过) or paid (已拨付), without personal data, whatever the caller's scope.</summary>
    Task<IReadOnlyList<DecidedApplication>> ListApprovedOrPaidAsync(int year, CancellationToken ct);

    /// <summary>The applying institution of an application, whatever its status now; null when there is no such application.</summary>
    Task<ApplicationInstitution?> FindInstitutionOfApplicationAsync(Guid applicationId, CancellationToken ct);
}

/// <param name="InstitutionId">Applying institution.</param>
/// <param name="InstitutionName">Its name at application.</param>
public sealed record ApplicationInstitution(Guid InstitutionId, string InstitutionName);

/// <param name="Id">Application id.</param>
/// <param name="InstitutionId">Applying institution.</param>
/// <param name="InstitutionName">Its name at application.</param>
/// <param name="StreetCode">Its street (街镇).</param>
/// <param name="ItemCode">Policy item (补贴项目).</param>
/// <param name="Amount">Approved amount, yuan.</param>
/// <param name="Status"><c>Approved</c> or <c>Paid</c>.</param>
/// <param name="DecidedAt">When the district approved it, if recorded.</param>
/// <param name="PaidOn">When it was paid, if paid.</param>
public sealed record DecidedApplication(
    Guid Id, Guid InstitutionId, string InstitutionName, string StreetCode, string ItemCode, decimal Amount, string Status,
    DateTimeOffset? DecidedAt, DateOnly? PaidOn);
