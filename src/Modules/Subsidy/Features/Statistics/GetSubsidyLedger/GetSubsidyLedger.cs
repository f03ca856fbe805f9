using FluentValidation;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.Statistics;

/// <summary>
/// The subsidy payments ledger (补贴发放台账) of a period: every application paid (拨付) in the period, by payment date, oldest
/// first — including those later ordered recovered — within the caller's scope, optionally one street.
/// </summary>
public sealed record GetSubsidyLedger : LedgerRequest, IQuery<PagedResult<SubsidyLedgerRow>>;

/// <summary>The same ledger as an XLSX workbook (audited).</summary>
public sealed record ExportSubsidyLedger : LedgerRequest, IQuery<LedgerFile>;

/// <summary>One line of the subsidy payments ledger (补贴发放台账).</summary>
/// <param name="Number">序号 within the whole ledger.</param>
/// <param name="ApplicationId">The application (for a link).</param>
/// <param name="PaidOn">拨付日期.</param>
/// <param name="ItemCode">Policy item code.</param>
/// <param name="ItemName">政策项目.</param>
/// <param name="Year">The subsidy year (补贴年度).</param>
/// <param name="InstitutionName">申请单位.</param>
/// <param name="StreetCode">Street (街道/镇) code.</param>
/// <param name="StreetName">Its name.</param>
/// <param name="Amount">拨付金额, yuan.</param>
/// <param name="BankReference">银行流水号, when recorded.</param>
/// <param name="Status">Current status (已拨付, 责令追回, 已追回).</param>
public sealed record SubsidyLedgerRow(
    int Number, Guid ApplicationId, DateOnly PaidOn, string ItemCode, string ItemName, int Year, string InstitutionName, string StreetCode,
    string StreetName, decimal Amount, string? BankReference, string Status);

public sealed class GetSubsidyLedgerValidator : AbstractValidator<GetSubsidyLedger>
{
    public GetSubsidyLedgerValidator() => this.AddLedgerRules();
}

public sealed class ExportSubsidyLedgerValidator : AbstractValidator<ExportSubsidyLedger>
{
    public ExportSubsidyLedgerValidator() => this.AddLedgerRules();
}

public sealed class GetSubsidyLedgerHandler(SubsidyLedger ledger) : IQueryHandler<GetSubsidyLedger, PagedResult<SubsidyLedgerRow>>
{
    public async ValueTask<PagedResult<SubsidyLedgerRow>> Handle(GetSubsidyLedger q, CancellationToken ct)
    {
        var page = await ledger.Applications(q).ToPageAsync(q, ct);
        return new PagedResult<SubsidyLedgerRow>(ledger.Rows(page.Items, WorkLedger.FirstNumber(q)), page.Total, page.Page, page.PageSize);
    }
}

public sealed class ExportSubsidyLedgerHandler(
    SubsidyLedger ledger, ICurrentUser current, IOptions<DistrictOptions> district, IAuditSink audit, TimeProvider time)
    : IQueryHandler<ExportSubsidyLedger, LedgerFile>
{
    private static readonly LedgerColumn<SubsidyLedgerRow>[] Columns =
    [
        new("序号", r => r.Number), new("拨付日期", r => r.PaidOn), new("政策项目", r => r.ItemName), new("补贴年度", r => r.Year),
        new("申请单位", r => r.InstitutionName), new("街道（镇）", r => r.StreetName), new("拨付金额（元）", r => r.Amount),
        new("银行流水号", r => r.BankReference), new("状态", r => r.Status),
    ];

    public async ValueTask<LedgerFile> Handle(ExportSubsidyLedger q, CancellationToken ct)
    {
        var rows = ledger.Rows(await ledger.Applications(q).ToListAsync(ct), 1);
        var stream = await WorkLedger.WriteAsync($"{district.Value.Name}补贴发放台账", "补贴发放台账", q.Period,
            WorkLedger.ScopeLabel(current, district.Value, q.StreetFilter(current)), Columns, rows, ct);
        await XlsxExport.AuditAsync(audit, current, time, SubsidyModule.Name, nameof(ExportSubsidyLedger), nameof(SubsidyApplication),
            [("period", q.Period.Label), ("streetCode", q.StreetFilter(current))], rows.Count, ct);
        return new LedgerFile(stream, XlsxExport.FileName("subsidy-ledger", time), rows.Count);
    }
}

/// <summary>Reads the ledger's payments in scope, in payment order.</summary>
public sealed class SubsidyLedger(SubsidyDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
{
    public IQueryable<SubsidyApplication> Applications(LedgerRequest q)
    {
        var period = q.Period;
        var applications = db.Set<SubsidyApplication>().AsNoTracking().InScope(DataScope.From(current))
            .Where(a => SubsidyStatisticsReader.PaidStatuses.Contains(a.Status) && a.PaidOn >= period.From && a.PaidOn <= period.To);
        if (q.StreetFilter(current) is { } street) applications = applications.Where(a => a.StreetCode == street);
        return applications.OrderBy(a => a.PaidOn).ThenBy(a => a.Id);
    }

    public IReadOnlyList<SubsidyLedgerRow> Rows(IReadOnlyList<SubsidyApplication> applications, int firstNumber)
    {
        var streets = district.Value.EffectiveStreets.ToDictionary(s => s.Code, s => s.Name);
        return applications.Select((a, i) => new SubsidyLedgerRow(firstNumber + i, a.Id, a.PaidOn!.Value, a.ItemCode,
            PolicyCatalogue.Items.FirstOrDefault(p => p.Code == a.ItemCode)?.Name ?? a.ItemCode, a.Year, a.InstitutionName, a.StreetCode,
            streets.GetValueOrDefault(a.StreetCode, a.StreetCode), SubsidyRules.ToYuan(a.AmountFen), a.BankReference,
            SubsidyStatisticsReader.StatusName(a.Status))).ToList();
    }
}
