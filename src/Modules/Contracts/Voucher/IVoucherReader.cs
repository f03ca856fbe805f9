namespace Jiafu.Contracts.Voucher;

/// <summary>Read contract over employment-promotion vouchers (促进就业券) for other modules, e.g. Inspection's spot checks (implemented by Voucher).</summary>
public interface IVoucherReader
{
    /// <summary>
    /// The verified voucher services (核查通过的上门服务) whose service date falls in <paramref name="year"/>: vouchers verified as
    /// confirmed, whether reimbursed yet or not; without personal data, whatever the caller's scope.
    /// </summary>
    Task<IReadOnlyList<VerifiedVoucherService>> ListVerifiedServicesAsync(int year, CancellationToken ct);

    /// <summary>The institution that a voucher chose, whatever its status now; null when there is no such voucher or none was chosen.</summary>
    Task<VoucherInstitution?> FindInstitutionOfVoucherAsync(Guid voucherId, CancellationToken ct);
}

/// <param name="InstitutionId">The chosen institution.</param>
/// <param name="InstitutionName">Its name when chosen.</param>
public sealed record VoucherInstitution(Guid InstitutionId, string InstitutionName);

/// <param name="VoucherId">Voucher id.</param>
/// <param name="Code">Voucher code (券号).</param>
/// <param name="InstitutionId">The institution that served it.</param>
/// <param name="InstitutionName">Its name when chosen.</param>
/// <param name="StreetCode">The household's street (街镇), where the service took place.</param>
/// <param name="FaceValue">Face value, yuan.</param>
/// <param name="ServiceDate">Date of the home service.</param>
/// <param name="Status"><c>Verified</c> or <c>Reimbursed</c>.</param>
public sealed record VerifiedVoucherService(
    Guid VoucherId, string Code, Guid InstitutionId, string InstitutionName, string StreetCode, decimal FaceValue, DateOnly ServiceDate, string Status);
