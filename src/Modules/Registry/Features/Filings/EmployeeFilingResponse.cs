using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Filings;

/// <summary>An employee-based enterprise filing (员工制家政企业备案).</summary>
/// <param name="InstitutionName">Name of the filing institution.</param>
/// <param name="UnmetCriteria">The criteria not met as declared (field names; <c>staffCount</c> when below the minimum).</param>
/// <param name="ValidFrom">First day of validity (Asia/Shanghai date), once filed.</param>
/// <param name="ValidUntil">Last day of validity, once filed; the filing expires the day after.</param>
public sealed record EmployeeFilingResponse(
    Guid Id,
    Guid InstitutionId,
    string InstitutionName,
    bool AllWorkersContracted,
    bool SocialInsurancePaid,
    bool UnifiedDispatch,
    bool MinimumWagePaidThroughBank,
    bool OngoingTraining,
    bool WrittenManagementRules,
    int StaffCount,
    IReadOnlyList<string> UnmetCriteria,
    FilingStatus Status,
    DateTimeOffset SubmittedAt,
    string? SubmittedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewedBy,
    string? ReviewNote,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    string Version);

/// <summary>The filing criteria (备案条件) and the helpers every filing use case shares.</summary>
public static class FilingRules
{
    public const int NoteMaxLength = 500;

    /// <summary><see cref="StatusChange.SubjectType"/> of a filing's history.</summary>
    public const string SubjectType = nameof(EmployeeFiling);

    /// <summary>Field name and Chinese label of each declared criterion.</summary>
    public static readonly IReadOnlyList<(string Field, string Label, Func<EmployeeFiling, bool> IsMet)> Criteria =
    [
        ("allWorkersContracted", "与全部从业人员签订劳动合同或服务协议", f => f.AllWorkersContracted),
        ("socialInsurancePaid", "缴纳社会保险", f => f.SocialInsurancePaid),
        ("unifiedDispatch", "统一派遣", f => f.UnifiedDispatch),
        ("minimumWagePaidThroughBank", "工资不低于最低工资标准并通过银行发放", f => f.MinimumWagePaidThroughBank),
        ("ongoingTraining", "持续开展培训", f => f.OngoingTraining),
        ("writtenManagementRules", "有书面管理制度", f => f.WrittenManagementRules),
    ];

    /// <summary>The unmet criteria: each false declaration, and <c>staffCount</c> when below <paramref name="minimumStaff"/>.</summary>
    public static IReadOnlyList<string> Unmet(EmployeeFiling filing, int minimumStaff)
    {
        var unmet = Criteria.Where(c => !c.IsMet(filing)).Select(c => c.Field).ToList();
        if (filing.StaffCount < minimumStaff)
        {
            unmet.Add("staffCount");
        }

        return unmet;
    }

    public static string Describe(IEnumerable<string> fields, EmployeeFiling filing, int minimumStaff) => string.Join("; ", fields.Select(f =>
        f == "staffCount"
            ? $"staffCount ({filing.StaffCount} < {minimumStaff}, 从业人员不少于 {minimumStaff} 人)"
            : $"{f} ({Criteria.First(c => c.Field == f).Label})"));

    /// <summary>Today in China (Asia/Shanghai, UTC+8).</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static EmployeeFilingResponse ToResponse(EmployeeFiling f, string institutionName, int minimumStaff) => new(
        f.Id, f.InstitutionId, institutionName, f.AllWorkersContracted, f.SocialInsurancePaid, f.UnifiedDispatch,
        f.MinimumWagePaidThroughBank, f.OngoingTraining, f.WrittenManagementRules, f.StaffCount, Unmet(f, minimumStaff),
        f.Status, f.SubmittedAt, f.SubmittedBy, f.ReviewedAt, f.ReviewedBy, f.ReviewNote, f.ValidFrom, f.ValidUntil, f.Version.ToString());

    /// <summary>Filings of institutions inside <paramref name="scope"/>.</summary>
    public static IQueryable<EmployeeFiling> InScope(this IQueryable<EmployeeFiling> filings, RegistryDbContext db, DataScope scope) =>
        scope.IsDistrictWide
            ? filings
            : filings.Where(f => db.Set<Institution>().InScope(scope).Any(i => i.Id == f.InstitutionId));

    /// <summary>Loads a filing (tracked) whose institution is visible to <paramref name="scope"/>, or throws 404.</summary>
    public static async Task<EmployeeFiling> FindVisibleAsync(RegistryDbContext db, Guid id, DataScope scope, CancellationToken ct) =>
        await db.Set<EmployeeFiling>().InScope(db, scope).FirstOrDefaultAsync(f => f.Id == id, ct)
        ?? throw new NotFoundException("EmployeeFiling", id.ToString());

    public static void Touch(this EmployeeFiling filing) => filing.Version = Guid.NewGuid();

    public static StatusChange Change(EmployeeFiling filing, FilingStatus to, string action, string? reason, string actor, DateTimeOffset now) => new()
    {
        SubjectType = SubjectType,
        SubjectId = filing.Id,
        FromStatus = filing.Status.ToString(),
        ToStatus = to.ToString(),
        Action = action,
        Reason = reason,
        ChangedBy = actor,
        ChangedAt = now,
    };
}
