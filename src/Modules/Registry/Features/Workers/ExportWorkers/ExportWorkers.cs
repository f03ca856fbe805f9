using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs.Attributes;
using Gender = Jiafu.Registry.Domain.Gender;

namespace Jiafu.Registry.Features.Workers;

/// <summary>
/// Export the worker list to XLSX (导出从业人员) with the same filters and sort as <see cref="ListWorkers"/>, inside the caller's
/// scope. ID numbers and phones are written masked only (the stored masks; nothing is decrypted). Audited (who, which filters,
/// how many rows; a full ID number or mobile number used as the search term is recorded masked).
/// </summary>
public sealed record ExportWorkers : IQuery<ExportFile>, IWorkerFilter
{
    public string? StreetCode { get; init; }

    public Guid? InstitutionId { get; init; }

    public EmploymentType? EmploymentType { get; init; }

    public string? JobType { get; init; }

    public CredentialStatus? CredentialStatus { get; init; }

    /// <summary>As in the list: part of the name, or a full resident ID number or mobile phone number (手机号码), matched exactly.</summary>
    public string? Search { get; init; }

    /// <summary>As in the list: <c>name</c> (default), <c>createdAt</c>, <c>birthDate</c>; <c>-</c> for descending.</summary>
    public string? Sort { get; init; }
}

public sealed class ExportWorkersValidator : AbstractValidator<ExportWorkers>
{
    public ExportWorkersValidator(IOptions<RegistryOptions> registry)
    {
        ListWorkersValidator.AddFilterRules(this, registry.Value);
        RuleFor(x => x.Sort).Must(ListWorkersValidator.Sorts.IsValid)
            .WithMessage(_ => $"sort must be one of: {string.Join(", ", ListWorkersValidator.Sorts.Fields)} (prefix '-' for descending).");
    }
}

public sealed class ExportWorkersHandler(
    RegistryDbContext db, ICurrentUser current, IPersonalDataProtector protector, IOptions<DistrictOptions> district,
    IOptions<RegistryOptions> registry, IAuditSink audit, TimeProvider time)
    : IQueryHandler<ExportWorkers, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportWorkers q, CancellationToken ct)
    {
        var options = registry.Value;
        var today = WorkerRules.Today(time);
        var query = ListWorkersHandler.Filter(db.Set<Worker>().AsNoTracking().InScope(DataScope.From(current)), q, protector, today);
        var count = await query.CountAsync(ct);
        RegistryExport.EnsureWithinCap(count, options);

        var sorted = ((IOrderedQueryable<Worker>)query.SortBy(q.Sort, ListWorkersValidator.Sorts)).ThenBy(w => w.Id);
        var rows = (
                from w in sorted
                join i in db.Set<Institution>() on w.InstitutionId equals i.Id into employers
                from i in employers.DefaultIfEmpty()
                select new Row(
                    w.Name, w.IdNumberMasked, w.Gender, w.BirthDate, w.PhoneMasked, i == null ? null : i.Name, w.StreetCode,
                    w.EmploymentType, w.JobTypes, w.HealthCheckValidUntil, w.AccidentInsuranceValidUntil, w.IdentityVerified, w.IsRevoked,
                    w.CreatedAt))
            .AsEnumerable()
            .Select(r => ToRow(r, today, district.Value, options));
        var content = await RegistryExport.WriteAsync(rows, "从业人员", ct);

        var search = WorkerSearch.Parse(q.Search, today)?.Masked;

        await RegistryExport.AuditAsync(audit, current, time, nameof(ExportWorkers), nameof(Worker),
            [
                ("streetCode", q.StreetCode), ("institutionId", q.InstitutionId), ("employmentType", q.EmploymentType), ("jobType", q.JobType),
                ("credentialStatus", q.CredentialStatus), ("search", search), ("sort", q.Sort),
            ], count, ct);
        return new ExportFile(content, RegistryExport.FileName("从业人员", time), count);
    }

    private static WorkerExportRow ToRow(Row r, DateOnly today, DistrictOptions district, RegistryOptions options) => new()
    {
        Name = r.Name,
        IdNumber = r.IdNumberMasked,
        Gender = r.Gender == Gender.Female ? "女" : "男",
        Age = WorkerRules.AgeOn(r.BirthDate, today),
        Phone = r.PhoneMasked ?? "",
        Institution = r.InstitutionName ?? "",
        Street = r.StreetCode is null ? "" : Institutions.InstitutionResponses.StreetName(district, r.StreetCode),
        EmploymentType = RegistryExport.EmploymentTypeName(r.EmploymentType),
        JobTypes = RegistryExport.Names(r.JobTypes, options.EffectiveJobTypes),
        HealthCheckValidUntil = RegistryExport.Date(r.HealthCheckValidUntil),
        AccidentInsuranceValidUntil = RegistryExport.Date(r.AccidentInsuranceValidUntil),
        IdentityVerified = RegistryExport.YesNo(r.IdentityVerified),
        CredentialStatus = RegistryExport.CredentialName(
            CredentialRules.Evaluate(r.IsRevoked, r.IdentityVerified, r.HealthCheckValidUntil, r.AccidentInsuranceValidUntil, today)),
        CreatedAt = RegistryExport.Local(r.CreatedAt),
    };

    private sealed record Row(
        string Name, string IdNumberMasked, Gender Gender, DateOnly BirthDate, string? PhoneMasked, string? InstitutionName, string? StreetCode,
        EmploymentType EmploymentType, List<string> JobTypes, DateOnly? HealthCheckValidUntil, DateOnly? AccidentInsuranceValidUntil,
        bool IdentityVerified, bool IsRevoked, DateTimeOffset CreatedAt);
}

/// <summary>One row of the worker export, with its Chinese column headers; personal data masked.</summary>
public sealed class WorkerExportRow
{
    [ExcelColumnName("姓名")] public string Name { get; init; } = "";

    [ExcelColumnName("身份证号码（脱敏）")] public string IdNumber { get; init; } = "";

    [ExcelColumnName("性别")] public string Gender { get; init; } = "";

    [ExcelColumnName("年龄")] public int Age { get; init; }

    [ExcelColumnName("手机号码（脱敏）")] public string Phone { get; init; } = "";

    [ExcelColumnName("所属机构")] public string Institution { get; init; } = "";

    [ExcelColumnName("所属街道")] public string Street { get; init; } = "";

    [ExcelColumnName("用工形式")] public string EmploymentType { get; init; } = "";

    [ExcelColumnName("工种")] public string JobTypes { get; init; } = "";

    [ExcelColumnName("体检有效期至")] public string? HealthCheckValidUntil { get; init; }

    [ExcelColumnName("意外险有效期至")] public string? AccidentInsuranceValidUntil { get; init; }

    [ExcelColumnName("已实名核验")] public string IdentityVerified { get; init; } = "";

    [ExcelColumnName("安心码")] public string CredentialStatus { get; init; } = "";

    [ExcelColumnName("登记时间")] public string CreatedAt { get; init; } = "";
}
