using System.Globalization;
using FluentValidation;
using Jiafu.Contracts.Statistics;
using Jiafu.Shared.Audit;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs.Attributes;

namespace Jiafu.Voucher.Features.Statistics;

/// <summary>
/// The voucher work ledger (促进就业券发放使用台账) for a period as XLSX: every voucher issued in the period, oldest first, with
/// its holder (masked), street, face value, status, chosen institution, service date and verification — within the caller's
/// scope. Audited (who, which period and street, how many rows).
/// </summary>
/// <param name="Year">The year (2000–2100).</param>
/// <param name="Quarter">Optional quarter 1–4.</param>
/// <param name="Month">Optional month 1–12 (not with a quarter).</param>
/// <param name="StreetCode">Optional street (街道/镇) code.</param>
public sealed record ExportVoucherLedger(int Year, int? Quarter = null, int? Month = null, string? StreetCode = null) : IQuery<VoucherLedgerFile>;

/// <summary>The ledger workbook, its download name and row count.</summary>
public sealed record VoucherLedgerFile(Stream Content, string FileName, int Rows)
{
    public const string ContentType = XlsxExport.ContentType;
}

public sealed class ExportVoucherLedgerValidator : AbstractValidator<ExportVoucherLedger>
{
    public ExportVoucherLedgerValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Month).InclusiveBetween(1, 12);
        RuleFor(x => x.Month).Null().When(x => x.Quarter is not null)
            .WithMessage("Give a quarter or a month, not both. 季度和月份只能选一个。");
        RuleFor(x => x.StreetCode).MaximumLength(12);
    }
}

public sealed class ExportVoucherLedgerHandler(
    VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<VoucherOptions> options, IAuditSink audit,
    TimeProvider time)
    : IQueryHandler<ExportVoucherLedger, VoucherLedgerFile>
{
    public async ValueTask<VoucherLedgerFile> Handle(ExportVoucherLedger q, CancellationToken ct)
    {
        var period = new StatisticsPeriod(q.Year, q.Quarter, q.Month);
        var (from, end) = (period.FromInstant, period.ToInstant);
        var query = db.Set<EmploymentVoucher>().AsNoTracking().InScope(DataScope.From(current))
            .Where(v => v.IssuedAt >= from && v.IssuedAt < end);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(v => v.StreetCode == q.StreetCode.Trim());
        var count = await query.CountAsync(ct);
        var maxRows = options.Value.LedgerExportMaxRows;
        if (count > maxRows)
        {
            throw new FieldValidationException("month", $"The ledger would hold {count} rows; at most {maxRows}. Choose a shorter period. 台账超过{maxRows}行，请缩短统计期间。");
        }

        var streets = district.Value.EffectiveStreets.ToDictionary(s => s.Code, s => s.Name);
        var groups = options.Value.EffectiveGroups.ToDictionary(g => g.Code, g => g.Name);
        var applications = db.Set<VoucherApplication>().AsNoTracking();
        var rows = (await (from v in query.OrderBy(v => v.IssuedAt).ThenBy(v => v.Code)
                           join a in applications on v.ApplicationId equals a.Id into found
                           from a in found.DefaultIfEmpty()
                           select new { Voucher = v, Group = a == null ? null : a.Group })
                .ToListAsync(ct))
            .Select((r, i) => ToRow(i + 1, r.Voucher, r.Group, streets, groups))
            .ToList();

        var stream = await XlsxExport.WriteAsync(rows, "促进就业券台账", ct);
        await XlsxExport.AuditAsync(audit, current, time, VoucherModule.Name, nameof(ExportVoucherLedger), nameof(EmploymentVoucher),
            [("period", period.Label), ("streetCode", q.StreetCode?.Trim())], rows.Count, ct);
        return new VoucherLedgerFile(stream, XlsxExport.FileName("voucher-ledger", time), rows.Count);
    }

    internal static VoucherLedgerRow ToRow(
        int number, EmploymentVoucher v, string? group, IReadOnlyDictionary<string, string> streets, IReadOnlyDictionary<string, string> groups) => new()
    {
        Number = number,
        Code = VoucherCode.Format(v.Code),
        Holder = v.HolderNameMasked,
        Group = group is null ? "" : groups.GetValueOrDefault(group, group),
        Street = streets.GetValueOrDefault(v.StreetCode, v.StreetCode),
        FaceValue = VoucherRules.ToYuan(v.FaceValueFen),
        IssuedAt = v.IssuedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        Status = VoucherStatisticsReader.StatusName(v.Status),
        Institution = v.InstitutionName ?? "",
        ServiceDate = v.ServiceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        Verification = v.VerificationResult?.ToString() ?? "",
        Settled = v.SettlementId is null ? "否" : "是",
    };
}

/// <summary>One row of the voucher ledger with its Chinese column header.</summary>
public sealed class VoucherLedgerRow
{
    [ExcelColumn(Name = "序号", Index = 0)] public int Number { get; init; }
    [ExcelColumn(Name = "券号", Index = 1)] public string Code { get; init; } = "";
    [ExcelColumn(Name = "持券人", Index = 2)] public string Holder { get; init; } = "";
    [ExcelColumn(Name = "人员类别", Index = 3)] public string Group { get; init; } = "";
    [ExcelColumn(Name = "街道（镇）", Index = 4)] public string Street { get; init; } = "";
    [ExcelColumn(Name = "面值（元）", Index = 5)] public decimal FaceValue { get; init; }
    [ExcelColumn(Name = "发放时间", Index = 6)] public string IssuedAt { get; init; } = "";
    [ExcelColumn(Name = "状态", Index = 7)] public string Status { get; init; } = "";
    [ExcelColumn(Name = "服务机构", Index = 8)] public string Institution { get; init; } = "";
    [ExcelColumn(Name = "服务日期", Index = 9)] public string ServiceDate { get; init; } = "";
    [ExcelColumn(Name = "核查结果", Index = 10)] public string Verification { get; init; } = "";
    [ExcelColumn(Name = "已结算", Index = 11)] public string Settled { get; init; } = "";
}
