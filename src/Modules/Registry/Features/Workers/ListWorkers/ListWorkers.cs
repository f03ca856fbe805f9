using System.Linq.Expressions;
using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Mediator;
using Gender = Jiafu.Registry.Domain.Gender;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Workers;

/// <summary>The filters of the worker list, shared by the list and its export.</summary>
public interface IWorkerFilter
{
    string? StreetCode { get; }

    Guid? InstitutionId { get; }

    EmploymentType? EmploymentType { get; }

    string? JobType { get; }

    CredentialStatus? CredentialStatus { get; }

    string? Search { get; }
}

public enum WorkerSearchKind
{
    Name,
    IdNumber,
    Phone,
}

/// <summary>
/// How the workers' search text is matched (list and export alike): a full resident ID number (normalised) or a mobile
/// phone number exactly, by its keyed hash; anything else as part of the name.
/// </summary>
public sealed record WorkerSearch(WorkerSearchKind Kind, string Term)
{
    /// <returns>Null when there is nothing to search for.</returns>
    public static WorkerSearch? Parse(string? search, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var term = search.Trim();
        if (ResidentIdNumber.TryParse(term, today, out var id))
        {
            return new(WorkerSearchKind.IdNumber, id.Normalized);
        }

        return ValidationRuleExtensions.IsChinaMobilePhone(term) ? new(WorkerSearchKind.Phone, term) : new(WorkerSearchKind.Name, term);
    }

    /// <summary>The term as an audit entry may record it: personal data masked.</summary>
    public string Masked => Kind switch
    {
        WorkerSearchKind.IdNumber => Mask.IdNumber(Term),
        WorkerSearchKind.Phone => Mask.Phone(Term),
        _ => Term,
    };
}

/// <summary>List workers (从业人员列表) inside the caller's scope, with filters; personal data masked.</summary>
public sealed record ListWorkers : PageRequest, IQuery<PagedResult<WorkerListItem>>, IWorkerFilter
{
    /// <summary>Street or town code of the employer.</summary>
    public string? StreetCode { get; init; }

    public Guid? InstitutionId { get; init; }

    /// <summary>EmployeeBased, Affiliated or Flexible.</summary>
    public EmploymentType? EmploymentType { get; init; }

    /// <summary>A job type code (工种): workers holding it among theirs.</summary>
    public string? JobType { get; init; }

    /// <summary>Green, Yellow or Red, judged for today.</summary>
    public CredentialStatus? CredentialStatus { get; init; }

    /// <summary>Part of the name; or a full resident ID number or mobile phone number (手机号码), matched exactly by its keyed hash.</summary>
    public string? Search { get; init; }
}

public sealed class ListWorkersValidator : AbstractValidator<ListWorkers>
{
    internal static readonly SortMap<Worker> Sorts = new SortMap<Worker>("name")
        .Add("name", w => w.Name)
        .Add("createdAt", w => w.CreatedAt)
        .Add("birthDate", w => w.BirthDate);

    public ListWorkersValidator(IOptions<RegistryOptions> registry)
    {
        this.AddPagingRules(Sorts);
        AddFilterRules(this, registry.Value);
    }

    /// <summary>The rules of <see cref="IWorkerFilter"/>, shared with the export.</summary>
    internal static void AddFilterRules<T>(AbstractValidator<T> validator, RegistryOptions registry)
        where T : IWorkerFilter
    {
        var jobTypes = registry.EffectiveJobTypes.Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
        validator.RuleFor(x => x.Search).MaximumLength(50);
        validator.RuleFor(x => x.StreetCode).MaximumLength(12);
        validator.RuleFor(x => x.EmploymentType).IsInEnum();
        validator.RuleFor(x => x.CredentialStatus).IsInEnum();
        validator.RuleFor(x => x.JobType)
            .Must(j => j is null || jobTypes.Contains(j.Trim()))
            .WithMessage("Unknown job type; see GET /api/v1/registry/job-types. 工种代码无效。");
    }
}

public sealed class ListWorkersHandler(
    RegistryDbContext db, ICurrentUser current, IPersonalDataProtector protector, TimeProvider time, WorkerListTotals totals)
    : IQueryHandler<ListWorkers, PagedResult<WorkerListItem>>
{
    public async ValueTask<PagedResult<WorkerListItem>> Handle(ListWorkers q, CancellationToken ct)
    {
        var today = WorkerRules.Today(time);
        var scope = DataScope.From(current);
        var query = Filter(db.Set<Worker>().AsNoTracking().InScope(scope), q, protector, today);

        var page = q.Page ?? 1;
        var size = q.PageSize ?? PageRequest.DefaultPageSize;

        // One connection for the page and the count (each open/close of a pooled SQLite connection costs).
        await db.Database.OpenConnectionAsync(ct);

        // The page, with the institution names joined for its rows only (a key lookup per row of the page).
        var rows = await (
                from w in Ordered(query, q.Sort).Skip((page - 1) * size).Take(size)
                join i in db.Set<Institution>() on w.InstitutionId equals i.Id into employers
                from i in employers.DefaultIfEmpty()
                select new Row(
                    w.Id, w.Name, w.IdNumberMasked, w.Gender, w.BirthDate, w.PhoneMasked, w.InstitutionId, i == null ? null : i.Name,
                    w.StreetCode, w.EmploymentType, w.JobTypes, w.IsRevoked, w.IdentityVerified, w.HealthCheckValidUntil,
                    w.AccidentInsuranceValidUntil, w.CreatedAt))
            .ToListAsync(ct);

        // A short first page is the whole result: no need to count. Otherwise the total comes from the cache of totals
        // per scope and filter (counting a street's workers costs more than the rest of the request).
        var total = page == 1 && rows.Count < size
            ? rows.Count
            : await totals.GetOrCountAsync(TotalKey(q, scope, today), c => query.CountAsync(c), ct);
        var items = rows.Select(r => new WorkerListItem(
            r.Id, r.Name, r.IdNumberMasked, r.Gender, WorkerRules.AgeOn(r.BirthDate, today), r.PhoneMasked, r.InstitutionId,
            r.InstitutionName, r.StreetCode, r.EmploymentType, r.JobTypes, Status(r, today), r.CreatedAt)).ToList();
        return new PagedResult<WorkerListItem>(items, total, page, size);
    }

    /// <summary>Applies the list filters (shared by the list and the export); the caller applies the data scope.</summary>
    internal static IQueryable<Worker> Filter(IQueryable<Worker> query, IWorkerFilter q, IPersonalDataProtector protector, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(q.StreetCode))
        {
            var street = q.StreetCode.Trim();
            query = query.Where(w => w.StreetCode == street);
        }

        if (q.InstitutionId is { } institutionId) query = query.Where(w => w.InstitutionId == institutionId);
        if (q.EmploymentType is { } employmentType) query = query.Where(w => w.EmploymentType == employmentType);
        if (!string.IsNullOrWhiteSpace(q.JobType)) query = query.Where(HasJobType(q.JobType.Trim()));
        if (q.CredentialStatus is { } status) query = query.Where(HasStatus(status, today));
        switch (WorkerSearch.Parse(q.Search, today))
        {
            case { Kind: WorkerSearchKind.IdNumber, Term: var idNumber }:
                var idHash = protector.LookupHash(idNumber);
                query = query.Where(w => w.IdNumberHash == idHash);
                break;
            case { Kind: WorkerSearchKind.Phone, Term: var phone }:
                // A resident who calls in gives a mobile number: matched exactly by its keyed hash (IX_Workers_PhoneHash).
                var phoneHash = protector.LookupHash(phone);
                query = query.Where(w => w.PhoneHash == phoneHash);
                break;
            case { Kind: WorkerSearchKind.Name, Term: var name }:
                query = query.Where(w => w.Name.Contains(name));
                break;
        }

        return query;
    }

    /// <summary>Identifies a total: the scope, every filter (normalised as the query applies it) and the day (credential status depends on it).</summary>
    private static string TotalKey(ListWorkers q, DataScope scope, DateOnly today) => string.Join('\u001f',
        scope.ToStorageString(), q.StreetCode?.Trim(), q.InstitutionId, q.EmploymentType, q.JobType?.Trim(), q.CredentialStatus,
        q.Search?.Trim(), today.DayNumber);

    /// <summary>
    /// The requested order, made total with the id so equal names page deterministically — except by name on SQLite,
    /// where the (StreetCode, Name) and Name indexes already return equal names in rowid order and ordering by the id
    /// column would cost a table lookup for every row skipped before the page. (On SQL Server every index carries the
    /// clustered id, so the tie-breaker is free.)
    /// </summary>
    private IQueryable<Worker> Ordered(IQueryable<Worker> query, string? sort)
    {
        var sorted = (IOrderedQueryable<Worker>)query.SortBy(sort, ListWorkersValidator.Sorts);
        var field = (sort ?? ListWorkersValidator.Sorts.Default).TrimStart('-', '+');
        return db.Database.IsSqlite() && field.Equals("name", StringComparison.OrdinalIgnoreCase) ? sorted : sorted.ThenBy(w => w.Id);
    }

    /// <summary>The SQL form of <see cref="CredentialRules.Evaluate(Worker, DateOnly)"/> for one status.</summary>
    internal static Expression<Func<Worker, bool>> HasStatus(CredentialStatus status, DateOnly today) => status switch
    {
        CredentialStatus.Red => w => w.IsRevoked,
        CredentialStatus.Green => w => !w.IsRevoked && w.IdentityVerified
            && w.HealthCheckValidUntil != null && w.HealthCheckValidUntil >= today
            && w.AccidentInsuranceValidUntil != null && w.AccidentInsuranceValidUntil >= today,
        _ => w => !w.IsRevoked && (!w.IdentityVerified
            || w.HealthCheckValidUntil == null || w.HealthCheckValidUntil < today
            || w.AccidentInsuranceValidUntil == null || w.AccidentInsuranceValidUntil < today),
    };

    /// <summary>
    /// Job types are stored as one space-separated column of codes; a code matches as a whole word
    /// (codes contain no spaces, and only known codes get here, so LIKE wildcards cannot occur).
    /// </summary>
    private static Expression<Func<Worker, bool>> HasJobType(string code)
    {
        var exact = code;
        var first = code + " %";
        var last = "% " + code;
        var middle = "% " + code + " %";
        return w => (string)(object)w.JobTypes == exact
            || EF.Functions.Like((string)(object)w.JobTypes, first)
            || EF.Functions.Like((string)(object)w.JobTypes, last)
            || EF.Functions.Like((string)(object)w.JobTypes, middle);
    }

    private static CredentialStatus Status(Row r, DateOnly today) =>
        CredentialRules.Evaluate(r.IsRevoked, r.IdentityVerified, r.HealthCheckValidUntil, r.AccidentInsuranceValidUntil, today);

    private sealed record Row(
        Guid Id, string Name, string IdNumberMasked, Gender Gender, DateOnly BirthDate, string? PhoneMasked, Guid? InstitutionId,
        string? InstitutionName, string? StreetCode, EmploymentType EmploymentType, List<string> JobTypes, bool IsRevoked, bool IdentityVerified,
        DateOnly? HealthCheckValidUntil, DateOnly? AccidentInsuranceValidUntil, DateTimeOffset CreatedAt);
}
