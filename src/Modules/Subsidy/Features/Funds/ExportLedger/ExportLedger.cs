using System.Globalization;
using FluentValidation;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Jiafu.Subsidy.Features.Funds;

/// <summary>An XLSX file ready to send: a temporary file deleted when the stream is closed, its download name and row count.</summary>
public sealed record LedgerExportFile(Stream Content, string FileName, int Rows)
{
    public const string ContentType = XlsxExport.ContentType;
}

/// <summary>
/// Export the year's ledger (资金台账) to XLSX, oldest movement first, with the same filters as <see cref="ListLedger"/>
/// and a running balance per item; audited as <c>ExportSubsidyLedger</c> (who, filters, row count), as the list exports are (ADR 0007).
/// </summary>
public sealed record ExportLedger : IQuery<LedgerExportFile>
{
    public int Year { get; init; }

    /// <summary>Only this policy item's movements.</summary>
    public string? ItemCode { get; init; }

    /// <summary>Only this application's movements.</summary>
    public Guid? ApplicationId { get; init; }
}

public sealed class ExportLedgerValidator : AbstractValidator<ExportLedger>
{
    public ExportLedgerValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.ItemCode).MaximumLength(40);
    }
}

public sealed class ExportLedgerHandler(SubsidyDbContext db, ICurrentUser current, IAuditSink audit, TimeProvider time)
    : IQueryHandler<ExportLedger, LedgerExportFile>
{
    public async ValueTask<LedgerExportFile> Handle(ExportLedger q, CancellationToken ct)
    {
        var query = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Year == q.Year);
        if (!string.IsNullOrWhiteSpace(q.ItemCode)) query = query.Where(e => e.ItemCode == q.ItemCode.Trim());
        if (q.ApplicationId is { } applicationId) query = query.Where(e => e.ApplicationId == applicationId);
        var count = await query.CountAsync(ct);

        var rowsIn = (from e in query.OrderBy(e => e.Id)
                    join a in db.Set<SubsidyApplication>().AsNoTracking() on e.ApplicationId equals a.Id into applications
                    from a in applications.DefaultIfEmpty()
                    select new { Entry = e, Institution = a == null ? null : a.InstitutionName })
            .AsEnumerable()
            .Select(r => (r.Entry, r.Institution));
        var writer = new RowWriter();
        var sheet = rowsIn.Select(writer.ToRow);
        var content = await XlsxExport.WriteAsync(sheet, "资金台账", ct);
        await XlsxExport.AuditAsync(audit, current, time, SubsidyModule.Name, nameof(ExportLedger), nameof(LedgerEntry),
            [("year", q.Year), ("itemCode", q.ItemCode?.Trim()), ("applicationId", q.ApplicationId)], count, ct);
        var fileName = XlsxExport.FileName($"资金台账-{q.Year}", time);
        return new LedgerExportFile(content, fileName, count);
    }

    /// <summary>Turns entries (oldest first) into rows, keeping each item's running figures.</summary>
    private sealed class RowWriter
    {
        private readonly Dictionary<string, (long Allocated, long Committed)> _running = [];

        public LedgerExportRow ToRow((LedgerEntry Entry, string? Institution) r) => ToRow(r.Entry, r.Institution);

        private LedgerExportRow ToRow(LedgerEntry e, string? institution)
        {
            var (allocated, committed) = _running.GetValueOrDefault(e.ItemCode);
            switch (e.Kind)
            {
                case LedgerKind.Allocate: allocated += e.AmountFen; break;
                case LedgerKind.Reserve: committed += e.AmountFen; break;
                case LedgerKind.Release: committed -= e.AmountFen; break;
                case LedgerKind.Recover: committed -= e.AmountFen; break;
            }

            _running[e.ItemCode] = (allocated, committed);
            return new LedgerExportRow
            {
                Number = e.Id,
                At = e.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Item = PolicyCatalogue.Find(e.ItemCode)?.Name ?? e.ItemCode,
                Kind = KindName(e.Kind),
                Amount = SubsidyRules.ToYuan(e.AmountFen),
                Available = SubsidyRules.ToYuan(allocated - committed),
                ApplicationId = e.ApplicationId?.ToString() ?? "",
                Institution = institution ?? "",
                Note = e.Note ?? "",
                Actor = e.Actor,
            };
        }
    }

    public static string KindName(LedgerKind kind) => kind switch
    {
        LedgerKind.Allocate => "资金下达/调整",
        LedgerKind.Reserve => "审核预留",
        LedgerKind.Release => "释放预留",
        LedgerKind.Pay => "拨付",
        LedgerKind.Recover => "追回",
        _ => kind.ToString(),
    };
}

/// <summary>One row of the ledger export, with its Chinese column headers.</summary>
public sealed class LedgerExportRow
{
    [ExcelColumnName("流水号")] public long Number { get; init; }

    [ExcelColumnName("时间")] public string At { get; init; } = "";

    [ExcelColumnName("政策项目")] public string Item { get; init; } = "";

    [ExcelColumnName("类型")] public string Kind { get; init; } = "";

    [ExcelColumnName("金额（元）")] public decimal Amount { get; init; }

    [ExcelColumnName("项目可用余额（元）")] public decimal Available { get; init; }

    [ExcelColumnName("申请编号")] public string ApplicationId { get; init; } = "";

    [ExcelColumnName("申请机构")] public string Institution { get; init; } = "";

    [ExcelColumnName("备注")] public string Note { get; init; } = "";

    [ExcelColumnName("经办人")] public string Actor { get; init; } = "";
}
