using FluentValidation;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Statistics;

/// <summary>
/// The training classes ledger (培训班台账) of a period: every class starting in the period, oldest first, with its programme,
/// provider, street, hours, seats, enrolments, completions and certificates — within the caller's scope (street officers: the
/// classes held in their street; providers: their own classes), optionally one street.
/// </summary>
public sealed record GetTrainingLedger : LedgerRequest, IQuery<PagedResult<TrainingLedgerRow>>;

/// <summary>The same ledger as an XLSX workbook (audited).</summary>
public sealed record ExportTrainingLedger : LedgerRequest, IQuery<LedgerFile>;

/// <summary>One line of the training classes ledger (培训班台账).</summary>
/// <param name="Number">序号 within the whole ledger.</param>
/// <param name="ClassId">The class (for a link).</param>
/// <param name="StartDate">开班日期.</param>
/// <param name="EndDate">结业日期 (planned end).</param>
/// <param name="ClassName">班级名称.</param>
/// <param name="Programme">培训项目.</param>
/// <param name="Category">培训类别 (zh-CN name).</param>
/// <param name="Provider">承训机构.</param>
/// <param name="StreetCode">Street (街道/镇) where the class is held.</param>
/// <param name="StreetName">Its name.</param>
/// <param name="Hours">Required hours (学时).</param>
/// <param name="Capacity">计划人数.</param>
/// <param name="Enrolled">报名人数 (seats taken).</param>
/// <param name="Completed">结业人数.</param>
/// <param name="Certified">取证人数.</param>
/// <param name="Status">班级状态 (zh-CN name).</param>
public sealed record TrainingLedgerRow(
    int Number, Guid ClassId, DateOnly StartDate, DateOnly EndDate, string ClassName, string Programme, string Category, string Provider,
    string StreetCode, string StreetName, int Hours, int Capacity, int Enrolled, int Completed, int Certified, string Status);

public sealed class GetTrainingLedgerValidator : AbstractValidator<GetTrainingLedger>
{
    public GetTrainingLedgerValidator() => this.AddLedgerRules();
}

public sealed class ExportTrainingLedgerValidator : AbstractValidator<ExportTrainingLedger>
{
    public ExportTrainingLedgerValidator() => this.AddLedgerRules();
}

public sealed class GetTrainingLedgerHandler(TrainingLedger ledger) : IQueryHandler<GetTrainingLedger, PagedResult<TrainingLedgerRow>>
{
    public async ValueTask<PagedResult<TrainingLedgerRow>> Handle(GetTrainingLedger q, CancellationToken ct)
    {
        var classes = ledger.Classes(q);
        var page = await classes.ToPageAsync(q, ct);
        return new PagedResult<TrainingLedgerRow>(await ledger.RowsAsync(page.Items, WorkLedger.FirstNumber(q), ct), page.Total, page.Page, page.PageSize);
    }
}

public sealed class ExportTrainingLedgerHandler(
    TrainingLedger ledger, ICurrentUser current, IOptions<DistrictOptions> district, IAuditSink audit, TimeProvider time)
    : IQueryHandler<ExportTrainingLedger, LedgerFile>
{
    private static readonly LedgerColumn<TrainingLedgerRow>[] Columns =
    [
        new("序号", r => r.Number), new("开班日期", r => r.StartDate), new("结业日期", r => r.EndDate), new("班级名称", r => r.ClassName),
        new("培训项目", r => r.Programme), new("培训类别", r => r.Category), new("承训机构", r => r.Provider), new("街道（镇）", r => r.StreetName),
        new("学时", r => r.Hours), new("计划人数", r => r.Capacity), new("报名人数", r => r.Enrolled), new("结业人数", r => r.Completed),
        new("取证人数", r => r.Certified), new("状态", r => r.Status),
    ];

    public async ValueTask<LedgerFile> Handle(ExportTrainingLedger q, CancellationToken ct)
    {
        var rows = await ledger.RowsAsync(await ledger.Classes(q).ToListAsync(ct), 1, ct);
        var stream = await WorkLedger.WriteAsync($"{district.Value.Name}培训班台账", "培训班台账", q.Period,
            WorkLedger.ScopeLabel(current, district.Value, q.StreetFilter(current)), Columns, rows, ct);
        await XlsxExport.AuditAsync(audit, current, time, TrainingModule.Name, nameof(ExportTrainingLedger), nameof(TrainingClass),
            [("period", q.Period.Label), ("streetCode", q.StreetFilter(current))], rows.Count, ct);
        return new LedgerFile(stream, XlsxExport.FileName("training-ledger", time), rows.Count);
    }
}

/// <summary>Reads the ledger's classes in scope and completes their rows (programme, counts).</summary>
public sealed class TrainingLedger(TrainingDbContext db, ICurrentUser current, IOptions<TrainingOptions> options, IOptions<DistrictOptions> district)
{
    public IQueryable<TrainingClass> Classes(LedgerRequest q)
    {
        var period = q.Period;
        var scope = DataScope.From(current);
        var classes = db.Set<TrainingClass>().AsNoTracking().Where(c => c.StartDate >= period.From && c.StartDate <= period.To);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            var ids = TrainingScope.InstitutionIds(scope);
            classes = classes.Where(c => ids.Contains(c.InstitutionId));
        }

        if (q.StreetFilter(current) is { } street) classes = classes.Where(c => c.ProviderStreetCode == street);
        return classes.OrderBy(c => c.StartDate).ThenBy(c => c.Name).ThenBy(c => c.Id);
    }

    public async Task<IReadOnlyList<TrainingLedgerRow>> RowsAsync(IReadOnlyList<TrainingClass> classes, int firstNumber, CancellationToken ct)
    {
        var ids = classes.Select(c => c.Id).ToList();
        var programmeIds = classes.Select(c => c.ProgrammeId).Distinct().ToList();
        var programmes = await db.Set<Programme>().AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var completed = await db.Set<Enrollment>().AsNoTracking().Where(e => ids.Contains(e.ClassId) && e.Status == EnrollmentStatus.Completed)
            .GroupBy(e => e.ClassId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var certified = await db.Set<Certificate>().AsNoTracking().Where(c => ids.Contains(c.ClassId))
            .GroupBy(c => c.ClassId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var categories = options.Value.EffectiveCategories.ToDictionary(c => c.Code, c => c.Name);
        var streets = district.Value.EffectiveStreets.ToDictionary(s => s.Code, s => s.Name);
        return classes.Select((c, i) =>
        {
            var programme = programmes.GetValueOrDefault(c.ProgrammeId);
            return new TrainingLedgerRow(firstNumber + i, c.Id, c.StartDate, c.EndDate, c.Name, programme?.Name ?? "",
                programme is null ? "" : categories.GetValueOrDefault(programme.Category, programme.Category), programme?.ProviderName ?? "",
                c.ProviderStreetCode, streets.GetValueOrDefault(c.ProviderStreetCode, c.ProviderStreetCode), programme?.RequiredHours ?? 0,
                c.Capacity, c.Enrolled, completed.GetValueOrDefault(c.Id), certified.GetValueOrDefault(c.Id), TrainingStatisticsReader.StatusName(c.Status));
        }).ToList();
    }
}
