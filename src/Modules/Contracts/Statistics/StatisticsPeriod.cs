namespace Jiafu.Contracts.Statistics;

/// <summary>
/// A reporting period (统计期间): a year, or one quarter or one month of it. Dates are Chinese business dates (UTC+8);
/// <see cref="FromInstant"/>/<see cref="ToInstant"/> bound instants (creation, review, issue times) the same way.
/// </summary>
public sealed record StatisticsPeriod(int Year, int? Quarter = null, int? Month = null)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>First day of the period.</summary>
    public DateOnly From => Month is { } m ? new DateOnly(Year, m, 1)
        : Quarter is { } q ? new DateOnly(Year, (q - 1) * 3 + 1, 1)
        : new DateOnly(Year, 1, 1);

    /// <summary>Last day of the period.</summary>
    public DateOnly To => Month is not null ? From.AddMonths(1).AddDays(-1)
        : Quarter is not null ? From.AddMonths(3).AddDays(-1)
        : new DateOnly(Year, 12, 31);

    /// <summary>The period's start as an instant (00:00 China time on <see cref="From"/>).</summary>
    public DateTimeOffset FromInstant => new(From.ToDateTime(TimeOnly.MinValue), China);

    /// <summary>The instant just after the period (00:00 China time on the day after <see cref="To"/>), exclusive.</summary>
    public DateTimeOffset ToInstant => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), China);

    /// <summary>The months (1–12) the period covers.</summary>
    public IReadOnlyList<int> Months => Enumerable.Range(From.Month, To.Month - From.Month + 1).ToList();

    /// <summary>A label such as <c>2026年</c>, <c>2026年第2季度</c> or <c>2026年3月</c>.</summary>
    public string Label => Month is { } m ? $"{Year}年{m}月" : Quarter is { } q ? $"{Year}年第{q}季度" : $"{Year}年";

    /// <summary>Whether the values are in range (year 2000–2100, quarter 1–4, month 1–12, not both).</summary>
    public bool IsValid => Year is >= 2000 and <= 2100
        && Quarter is null or (>= 1 and <= 4)
        && Month is null or (>= 1 and <= 12)
        && !(Quarter is not null && Month is not null);
}

/// <summary>One line of a breakdown: a code (street, format, status …), its display name, a count and (where money is involved) an amount in yuan.</summary>
public sealed record Tally(string Code, string Name, int Count, decimal Amount = 0m);

/// <summary>One month of a trend: count and amount (yuan) in that month.</summary>
public sealed record MonthTally(int Month, int Count, decimal Amount = 0m);
