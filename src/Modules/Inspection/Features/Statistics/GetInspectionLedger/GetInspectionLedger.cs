using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Statistics;

/// <summary>
/// The inspections and spot checks ledger (检查台账) of a period: every annual-inspection outcome (by inspection date) and every
/// spot-check result (by check date) in the period, oldest first, within the caller's scope, optionally one street.
/// </summary>
public sealed record GetInspectionLedger : LedgerRequest, IQuery<PagedResult<InspectionLedgerRow>>;

/// <summary>The same ledger as an XLSX workbook (audited).</summary>
public sealed record ExportInspectionLedger : LedgerRequest, IQuery<LedgerFile>;

/// <summary>One line of the inspections and spot checks ledger (检查台账).</summary>
/// <param name="Number">序号 within the whole ledger.</param>
/// <param name="Date">Inspection or check date (检查日期).</param>
/// <param name="Kind">AnnualInspection (年检复核) or SpotCheck (双随机抽查).</param>
/// <param name="KindName">Its zh-CN name.</param>
/// <param name="Activity">The campaign or spot-check plan (检查活动).</param>
/// <param name="ObjectId">The institution or service point inspected.</param>
/// <param name="ObjectName">Its name (检查对象).</param>
/// <param name="StreetCode">Street (街道/镇) code.</param>
/// <param name="StreetName">Street name.</param>
/// <param name="Inspectors">The inspectors (检查人员), comma-separated.</param>
/// <param name="Outcome">合格 / 限期整改 / 不合格 / 逾期未整改 for inspections, 属实 / 不实 for spot checks.</param>
/// <param name="Score">Checklist score 0–100 (inspections only).</param>
/// <param name="RectifyBy">Rectification deadline (整改期限), for 限期整改.</param>
/// <param name="Findings">Findings (检查情况).</param>
/// <param name="TaskId">The inspection task (for a link), or null for a spot check.</param>
/// <param name="PlanId">The spot-check plan (for a link), or null for an inspection.</param>
public sealed record InspectionLedgerRow(
    int Number, DateOnly Date, string Kind, string KindName, string Activity, Guid ObjectId, string ObjectName, string StreetCode, string StreetName,
    string Inspectors, string Outcome, int? Score, DateOnly? RectifyBy, string? Findings, Guid? TaskId, Guid? PlanId);

public sealed class GetInspectionLedgerValidator : AbstractValidator<GetInspectionLedger>
{
    public GetInspectionLedgerValidator() => this.AddLedgerRules();
}

public sealed class ExportInspectionLedgerValidator : AbstractValidator<ExportInspectionLedger>
{
    public ExportInspectionLedgerValidator() => this.AddLedgerRules();
}

public sealed class GetInspectionLedgerHandler(InspectionLedger ledger) : IQueryHandler<GetInspectionLedger, PagedResult<InspectionLedgerRow>>
{
    public async ValueTask<PagedResult<InspectionLedgerRow>> Handle(GetInspectionLedger q, CancellationToken ct) =>
        WorkLedger.Page(await ledger.RowsAsync(q, ct), q);
}

public sealed class ExportInspectionLedgerHandler(
    InspectionLedger ledger, ICurrentUser current, IOptions<DistrictOptions> district, IAuditSink audit, TimeProvider time)
    : IQueryHandler<ExportInspectionLedger, LedgerFile>
{
    private static readonly LedgerColumn<InspectionLedgerRow>[] Columns =
    [
        new("序号", r => r.Number), new("检查日期", r => r.Date), new("类型", r => r.KindName), new("检查活动", r => r.Activity),
        new("检查对象", r => r.ObjectName), new("街道（镇）", r => r.StreetName), new("检查人员", r => r.Inspectors),
        new("结论", r => r.Outcome), new("得分", r => r.Score), new("整改期限", r => r.RectifyBy), new("检查情况", r => r.Findings),
    ];

    public async ValueTask<LedgerFile> Handle(ExportInspectionLedger q, CancellationToken ct)
    {
        var rows = await ledger.RowsAsync(q, ct);
        var title = $"{district.Value.Name}监督检查台账";
        var stream = await WorkLedger.WriteAsync(title, "检查台账", q.Period, WorkLedger.ScopeLabel(current, district.Value, q.StreetFilter(current)),
            Columns, rows, ct);
        await XlsxExport.AuditAsync(audit, current, time, InspectionModule.Name, nameof(ExportInspectionLedger), nameof(InspectionTask),
            [("period", q.Period.Label), ("streetCode", q.StreetFilter(current))], rows.Count, ct);
        return new LedgerFile(stream, XlsxExport.FileName("inspection-ledger", time), rows.Count);
    }
}

/// <summary>Reads the ledger's rows: the period's inspection outcomes and spot-check results in scope, in date order.</summary>
public sealed class InspectionLedger(InspectionDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
{
    public async Task<IReadOnlyList<InspectionLedgerRow>> RowsAsync(LedgerRequest q, CancellationToken ct)
    {
        var period = q.Period;
        var street = q.StreetFilter(current);
        var tasks = db.Set<InspectionTask>().AsNoTracking().Include(t => t.Inspectors).InScope(current)
            .Where(t => t.InspectedOn >= period.From && t.InspectedOn <= period.To);
        var checks = db.Set<SpotCheck>().AsNoTracking().Include(c => c.Inspectors).InScope(current)
            .Where(c => c.CheckedOn >= period.From && c.CheckedOn <= period.To);
        if (street is not null)
        {
            tasks = tasks.Where(t => t.StreetCode == street);
            checks = checks.Where(c => c.StreetCode == street);
        }

        var taskList = await tasks.ToListAsync(ct);
        var checkList = await checks.ToListAsync(ct);
        var campaignIds = taskList.Select(t => t.CampaignId).Distinct().ToList();
        var planIds = checkList.Select(c => c.PlanId).Distinct().ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var plans = await db.Set<SpotCheckPlan>().AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var streets = district.Value.EffectiveStreets.ToDictionary(s => s.Code, s => s.Name);

        var lines = taskList.Select(t => (Date: t.InspectedOn!.Value, Order: t.OutcomeAt ?? DateTimeOffset.MinValue, Id: t.Id, Row: new InspectionLedgerRow(
                0, t.InspectedOn!.Value, "AnnualInspection", "年检复核", campaigns.GetValueOrDefault(t.CampaignId, ""), t.ObjectId, t.ObjectName,
                t.StreetCode, streets.GetValueOrDefault(t.StreetCode, t.StreetCode), string.Join("、", t.Inspectors.Select(i => i.Name)),
                InspectionStatisticsReader.StatusName(t.Status), t.Score, t.RectifyBy, t.Findings, t.Id, null)))
            .Concat(checkList.Select(c => (Date: c.CheckedOn!.Value, Order: DateTimeOffset.MinValue, Id: c.Id, Row: new InspectionLedgerRow(
                0, c.CheckedOn!.Value, "SpotCheck", "双随机抽查", plans.GetValueOrDefault(c.PlanId, ""), c.ObjectId, c.ObjectName,
                c.StreetCode, streets.GetValueOrDefault(c.StreetCode, c.StreetCode), string.Join("、", c.Inspectors.Select(i => i.Name)),
                c.Result == SpotCheckResult.Discrepancy ? "不实" : "属实", null, null, c.Findings, null, c.PlanId))))
            .OrderBy(x => x.Date).ThenBy(x => x.Order).ThenBy(x => x.Id)
            .Select((x, i) => x.Row with { Number = i + 1 })
            .ToList();
        return lines;
    }
}
