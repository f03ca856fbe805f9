using System.Text.Json;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>A workflow step as shown: action, statuses, comment, who and when.</summary>
public sealed record ReviewResponse(string Action, SubsidyApplicationStatus FromStatus, SubsidyApplicationStatus ToStatus, string? Comment, string Actor, DateTimeOffset At);

/// <summary>A subsidy application with its amount (yuan), stored breakdown and review history.</summary>
public sealed record SubsidyApplicationResponse(
    Guid Id,
    string ItemCode,
    string ItemName,
    int Year,
    Guid InstitutionId,
    string InstitutionName,
    string StreetCode,
    decimal Amount,
    SubsidyApplicationStatus Status,
    int ParameterVersion,
    Calculation Breakdown,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateOnly? PaidOn,
    string? BankReference,
    string? RecoveryReason,
    DateOnly? RecoveredOn,
    string? RecoveryReference,
    IReadOnlyList<ReviewResponse> Reviews)
{
    /// <summary>
    /// The inputs as submitted (申请填报内容), typed as the submission took them, for prefilling a resubmission; resident ID
    /// numbers of the staff are masked. Returned by the detail and by the workflow actions; <c>null</c> in lists.
    /// </summary>
    public ApplicationInputs? Inputs { get; init; }
}

internal static class SubsidyApplicationResponses
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SubsidyApplicationResponse From(SubsidyApplication a) => Summary(a);

    /// <summary>The application with its stored inputs, staff ID numbers decrypted only to be masked.</summary>
    public static SubsidyApplicationResponse From(SubsidyApplication a, IPersonalDataProtector protector) =>
        Summary(a) with { Inputs = InputsOf(a, protector) };

    private static ApplicationInputs? InputsOf(SubsidyApplication a, IPersonalDataProtector protector)
    {
        var inputs = JsonSerializer.Deserialize<ApplicationInputs>(a.InputsJson, Json);
        return inputs?.Staff is null
            ? inputs
            : inputs with { Staff = inputs.Staff.Select(s => s with { IdNumber = Mask.IdNumber(TryDecrypt(protector, s.IdNumber)) }).ToList() };
    }

    private static string? TryDecrypt(IPersonalDataProtector protector, string value)
    {
        try
        {
            return protector.Decrypt(value);
        }
        catch (PersonalDataDecryptionException)
        {
            return null;
        }
    }

    private static SubsidyApplicationResponse Summary(SubsidyApplication a) => new(
        a.Id, a.ItemCode, PolicyCatalogue.Find(a.ItemCode)?.Name ?? a.ItemCode, a.Year, a.InstitutionId, a.InstitutionName, a.StreetCode,
        SubsidyRules.ToYuan(a.AmountFen), a.Status, a.ParameterVersion,
        JsonSerializer.Deserialize<Calculation>(a.BreakdownJson, Json)!,
        a.CreatedAt, a.CreatedBy, a.PaidOn, a.BankReference, a.RecoveryReason, a.RecoveredOn, a.RecoveryReference,
        a.Reviews.OrderBy(r => r.Id).Select(r => new ReviewResponse(r.Action, r.FromStatus, r.ToStatus, r.Comment, r.Actor, r.At)).ToList());

    /// <summary>404 unless the application exists within the caller's scope.</summary>
    public static async Task EnsureVisibleAsync(SubsidyDbContext db, Guid id, ICurrentUser current, CancellationToken ct)
    {
        if (!await db.Set<SubsidyApplication>().InScope(DataScope.From(current)).AnyAsync(a => a.Id == id, ct))
        {
            throw new NotFoundException("Subsidy application", id.ToString());
        }
    }

    /// <summary>The application with its reviews, tracked; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<SubsidyApplication> FindVisibleAsync(SubsidyDbContext db, Guid id, ICurrentUser current, CancellationToken ct) =>
        await db.Set<SubsidyApplication>().InScope(DataScope.From(current)).Include(a => a.Reviews).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new NotFoundException("Subsidy application", id.ToString());
}
