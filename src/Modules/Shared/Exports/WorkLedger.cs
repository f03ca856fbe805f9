using FluentValidation;
using Jiafu.Contracts.Statistics;
using Jiafu.Shared.District;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;

namespace Jiafu.Shared.Exports;

/// <summary>
/// The filter every work ledger (工作台账) takes: a period (a year, or one quarter or month of it) and optionally one street.
/// Ledgers are chronological (oldest first); <see cref="PageRequest.Sort"/> is not accepted.
/// </summary>
public record LedgerRequest : PageRequest
{
    /// <summary>The year (2000–2100).</summary>
    public int Year { get; init; }

    /// <summary>Optional quarter 1–4.</summary>
    public int? Quarter { get; init; }

    /// <summary>Optional month 1–12 (not with a quarter).</summary>
    public int? Month { get; init; }

    /// <summary>Optional street (街道/镇) code; street officers always get their own street.</summary>
    public string? StreetCode { get; init; }

    /// <summary>The period asked for.</summary>
    public StatisticsPeriod Period => new(Year, Quarter, Month);
}

/// <summary>One column of a ledger's XLSX: its Chinese heading and how a row gives its value.</summary>
public sealed record LedgerColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// The work ledgers' common parts (工作台账): validation of <see cref="LedgerRequest"/>, paging of a chronological list, and
/// the XLSX layout — title merged across, the 统计期间 / 统计范围 line, bold frozen column headings, fitted column widths.
/// </summary>
public static class WorkLedger
{
    /// <summary>Rows kept in view in the XLSX: the title, the period line and the column headings.</summary>
    public const int FrozenRows = 3;

    public static void AddLedgerRules<T>(this AbstractValidator<T> validator) where T : LedgerRequest
    {
        validator.RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        validator.RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        validator.RuleFor(x => x.Month).InclusiveBetween(1, 12);
        validator.RuleFor(x => x.Month).Null().When(x => x.Quarter is not null)
            .WithMessage("Give a quarter or a month, not both. 季度和月份只能选一个。");
        validator.RuleFor(x => x.StreetCode).MaximumLength(12);
        validator.RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(x => x.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize)
            .WithMessage($"pageSize must be between 1 and {PageRequest.MaxPageSize}.");
        validator.RuleFor(x => x.Sort).Null().WithMessage("Work ledgers are in date order and cannot be sorted. 台账按时间顺序排列，不支持排序。");
    }

    /// <summary>The street filter to apply: a street officer's own street whatever they asked, otherwise the one asked for (or none).</summary>
    public static string? StreetFilter(this LedgerRequest request, ICurrentUser current)
    {
        var scope = DataScope.From(current);
        return scope.Kind == DataScopeKind.Street ? scope.StreetCode
            : string.IsNullOrWhiteSpace(request.StreetCode) ? null : request.StreetCode.Trim();
    }

    /// <summary>One page of an already ordered list held in memory.</summary>
    public static PagedResult<T> Page<T>(IReadOnlyList<T> rows, PageRequest request) =>
        new(rows.Skip((request.PageNumber - 1) * request.Size).Take(request.Size).ToList(), rows.Count, request.PageNumber, request.Size);

    /// <summary>The 1-based position of the first row of the requested page (for 序号).</summary>
    public static int FirstNumber(PageRequest request) => (request.PageNumber - 1) * request.Size + 1;

    /// <summary>How the caller's data scope reads on a ledger (统计范围): 全区, the street's name, or 本机构.</summary>
    public static string ScopeLabel(ICurrentUser current, DistrictOptions district, string? streetCode = null)
    {
        var scope = DataScope.From(current);
        var street = scope.Kind == DataScopeKind.Street ? scope.StreetCode : streetCode;
        if (scope.Kind == DataScopeKind.Institutions) return "本机构";
        return street is null ? $"全区（{district.Name}）"
            : district.EffectiveStreets.FirstOrDefault(s => s.Code == street)?.Name ?? street;
    }

    /// <summary>The ledger's XLSX rows: title, period and scope line, column headings, then one row per item.</summary>
    public static IReadOnlyList<XlsxRow> Rows<T>(string title, StatisticsPeriod period, string scope, IReadOnlyList<LedgerColumn<T>> columns, IEnumerable<T> items)
    {
        var rows = new List<XlsxRow>
        {
            XlsxRow.Of(XlsxRowKind.Title, title),
            XlsxRow.Of(XlsxRowKind.Line, $"统计期间：{period.Label}　　统计范围：{scope}"),
            new(XlsxRowKind.Header, columns.Select(c => (object?)c.Header).ToList()),
        };
        rows.AddRange(items.Select(item => new XlsxRow(XlsxRowKind.Data, columns.Select(c => c.Value(item)).ToList())));
        return rows;
    }

    /// <summary>Writes the ledger workbook (see <see cref="Rows"/>).</summary>
    public static Task<Stream> WriteAsync<T>(string title, string sheetName, StatisticsPeriod period, string scope,
        IReadOnlyList<LedgerColumn<T>> columns, IEnumerable<T> items, CancellationToken ct) =>
        XlsxLayout.WriteAsync(Rows(title, period, scope, columns, items), sheetName, FrozenRows, ct);
}

/// <summary>A ledger workbook, its download name and row count.</summary>
public sealed record LedgerFile(Stream Content, string FileName, int Rows)
{
    public const string ContentType = XlsxExport.ContentType;
}
