namespace Jiafu.Training.Features;

/// <summary>Small rules shared by the module's use cases: the business day and money conversions.</summary>
public static class TrainingRules
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today in China (UTC+8).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>Yuan (two places) to integer fen.</summary>
    public static long ToFen(decimal yuan) => (long)Math.Round(yuan * 100m, MidpointRounding.AwayFromZero);

    /// <summary>Integer fen to yuan with two places.</summary>
    public static decimal ToYuan(long fen) => decimal.Round(fen / 100m, 2);

    /// <summary>True when the amount has at most two decimal places.</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>True when the hours have at most one decimal place.</summary>
    public static bool HasAtMostOneDecimal(decimal value) => decimal.Round(value, 1) == value;
}
