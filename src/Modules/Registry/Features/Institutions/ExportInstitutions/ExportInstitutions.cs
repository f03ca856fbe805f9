using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs.Attributes;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>
/// Export the institution list to XLSX (导出机构名录) with the same filters and sort as <see cref="ListInstitutions"/>, inside the
/// caller's scope; phones masked. Audited (who, which filters, how many rows).
/// </summary>
public sealed record ExportInstitutions : IQuery<ExportFile>, IInstitutionFilter
{
    public string? Search { get; init; }

    public string? StreetCode { get; init; }

    public string? BusinessFormat { get; init; }

    public InstitutionStatus? Status { get; init; }

    public bool? IsEmployeeBased { get; init; }

    public string? Title { get; init; }

    public bool? IsAllianceMember { get; init; }

    /// <summary>As in the list: <c>name</c> (default), <c>createdAt</c>, <c>status</c>, <c>streetCode</c>; <c>-</c> for descending.</summary>
    public string? Sort { get; init; }
}

public sealed class ExportInstitutionsValidator : AbstractValidator<ExportInstitutions>
{
    public ExportInstitutionsValidator(IOptions<RegistryOptions> registry)
    {
        ListInstitutionsValidator.AddFilterRules(this, registry.Value);
        RuleFor(x => x.Sort).Must(ListInstitutionsValidator.Sorts.IsValid)
            .WithMessage(_ => $"sort must be one of: {string.Join(", ", ListInstitutionsValidator.Sorts.Fields)} (prefix '-' for descending).");
    }
}

public sealed class ExportInstitutionsHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry,
    IAuditSink audit, TimeProvider time)
    : IQueryHandler<ExportInstitutions, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportInstitutions q, CancellationToken ct)
    {
        var options = registry.Value;
        var query = ListInstitutionsHandler.Filter(db, db.Set<Institution>().AsNoTracking().InScope(DataScope.From(current)), q);
        var count = await query.CountAsync(ct);
        RegistryExport.EnsureWithinCap(count, options);

        var ids = query.Select(i => i.Id);
        var titles = (await db.Set<InstitutionTitle>().AsNoTracking()
                .Where(t => t.WithdrawnAt == null && ids.Contains(t.InstitutionId))
                .Select(t => new { t.InstitutionId, t.Title })
                .ToListAsync(ct))
            .ToLookup(t => t.InstitutionId, t => t.Title);

        var rows = ((IQueryable<Institution>)query.SortBy(q.Sort, ListInstitutionsValidator.Sorts))
            .Select(i => new
            {
                Institution = i,
                Workers = db.Set<Worker>().Count(w => w.InstitutionId == i.Id),
            })
            .AsEnumerable()
            .Select(r => ToRow(r.Institution, r.Workers, titles[r.Institution.Id], district.Value, options));
        var content = await RegistryExport.WriteAsync(rows, "机构名录", ct);
        await RegistryExport.AuditAsync(audit, current, time, nameof(ExportInstitutions), nameof(Institution),
            [
                ("search", q.Search), ("streetCode", q.StreetCode), ("businessFormat", q.BusinessFormat), ("status", q.Status),
                ("isEmployeeBased", q.IsEmployeeBased), ("title", q.Title), ("isAllianceMember", q.IsAllianceMember), ("sort", q.Sort),
            ], count, ct);
        return new ExportFile(content, RegistryExport.FileName("机构名录", time), count);
    }

    private static InstitutionExportRow ToRow(
        Institution i, int workers, IEnumerable<string> titles, DistrictOptions district, RegistryOptions options) => new()
    {
        Name = i.Name,
        CreditCode = i.CreditCode,
        Street = InstitutionResponses.StreetName(district, i.StreetCode),
        Address = i.Address,
        LegalRepresentative = i.LegalRepresentative,
        ContactPhone = Mask.Phone(i.ContactPhone),
        BusinessFormats = RegistryExport.Names(i.BusinessFormats, options.EffectiveBusinessFormats),
        Status = RegistryExport.StatusName(i.Status),
        IsEmployeeBased = RegistryExport.YesNo(i.IsEmployeeBased),
        EmployeeBasedUntil = RegistryExport.Date(i.EmployeeBasedUntil),
        IsAllianceMember = RegistryExport.YesNo(i.IsAllianceMember),
        AllianceJoinedOn = RegistryExport.Date(i.AllianceJoinedOn),
        Titles = string.Join("、", titles.Distinct().Order(StringComparer.Ordinal).Select(t => InstitutionResponses.TitleName(options, t))),
        WorkerCount = workers,
        CreatedAt = RegistryExport.Local(i.CreatedAt),
    };
}

/// <summary>One row of the institution export, with its Chinese column headers.</summary>
public sealed class InstitutionExportRow
{
    [ExcelColumnName("机构名称")] public string Name { get; init; } = "";

    [ExcelColumnName("统一社会信用代码")] public string CreditCode { get; init; } = "";

    [ExcelColumnName("所属街道")] public string Street { get; init; } = "";

    [ExcelColumnName("地址")] public string Address { get; init; } = "";

    [ExcelColumnName("法定代表人")] public string LegalRepresentative { get; init; } = "";

    [ExcelColumnName("联系电话")] public string ContactPhone { get; init; } = "";

    [ExcelColumnName("业态")] public string BusinessFormats { get; init; } = "";

    [ExcelColumnName("状态")] public string Status { get; init; } = "";

    [ExcelColumnName("员工制")] public string IsEmployeeBased { get; init; } = "";

    [ExcelColumnName("员工制备案有效期至")] public string? EmployeeBasedUntil { get; init; }

    [ExcelColumnName("联盟成员")] public string IsAllianceMember { get; init; } = "";

    [ExcelColumnName("入盟日期")] public string? AllianceJoinedOn { get; init; }

    [ExcelColumnName("称号")] public string Titles { get; init; } = "";

    [ExcelColumnName("从业人员数")] public int WorkerCount { get; init; }

    [ExcelColumnName("登记时间")] public string CreatedAt { get; init; } = "";
}
