using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jiafu.Subsidy.Domain;

namespace Jiafu.Subsidy.Features.Rules;

/// <summary>One repayment statement of a loan: the month and the interest actually paid (还息凭证).</summary>
public sealed record InterestStatementLine(string Month, decimal InterestPaid);

/// <summary>
/// A staff member as the rules see them: the keyed hash and masked form of the resident ID (never the number), the
/// name, the category (社保补贴), the months paid (社保补贴), the cost (意外险/体检), and the months of social-insurance
/// subsidy already claimed by earlier applications.
/// </summary>
public sealed record StaffLine(
    string IdHash, string IdMasked, string Name, string? Category, string? FromMonth, string? ToMonth, decimal? Cost, int MonthsAlreadyClaimed = 0);

/// <summary>An unclaimed service record of the institution (服务记录), the household by keyed hash.</summary>
public sealed record ServiceRecordLine(Guid Id, string HouseholdHash, string HouseholdMasked, DateOnly ServiceDate, string ServiceType);

/// <summary>Months written <c>yyyy-MM</c>.</summary>
public static class Months
{
    public static bool TryParse(string? value, out DateOnly firstDay)
    {
        firstDay = default;
        return value is { Length: 7 }
            && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            yield return m;
        }
    }
}

/// <summary>
/// 创业担保贷款贴息: the discount rate (全额 = 100%) of the interest actually paid on a startup guaranteed loan, per
/// repayment statement. Each statement month of a loan contract is claimed once (claim key: lender + contract number,
/// month), so no month's interest is discounted twice.
/// </summary>
public static class LoanInterestDiscountRule
{
    public static Calculation Calculate(
        int year, ParameterSet p, string lender, string contractNumber, decimal principal, DateOnly loanStart, DateOnly loanEnd,
        IReadOnlyList<InterestStatementLine> statements)
    {
        var rate = p[PolicyCatalogue.DiscountRate];
        var inputs = new Dictionary<string, string>
        {
            ["lender"] = lender,
            ["loanContractNumber"] = contractNumber,
            ["loanPrincipal"] = principal.ToString("0.00", CultureInfo.InvariantCulture),
            ["loanStartDate"] = loanStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["loanEndDate"] = loanEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < statements.Count; i++)
        {
            inputs[$"interestStatements[{i}]"] = $"{statements[i].Month}: {statements[i].InterestPaid.ToString("0.00", CultureInfo.InvariantCulture)}";
        }

        var steps = new List<CalculationStep>();
        var subject = LoanKey(lender, contractNumber);
        string? reason = null;
        var seen = new HashSet<string>();
        if (principal <= 0)
        {
            reason = "The principal must be positive. 贷款本金须大于0。";
        }
        else if (loanEnd < loanStart)
        {
            reason = "The loan ends before it starts. 贷款到期日早于起始日。";
        }
        else if (statements.Count == 0)
        {
            reason = "At least one interest statement is needed. 至少需要一期还息凭证。";
        }
        else
        {
            foreach (var s in statements)
            {
                if (!Months.TryParse(s.Month, out var month))
                {
                    reason = $"Statement month {s.Month} is not yyyy-MM. 还息月份格式应为yyyy-MM。";
                }
                else if (month.Year != year)
                {
                    reason = $"Statement {s.Month} is not in {year}. 还息月份{s.Month}不在申请年度{year}内。";
                }
                else if (!seen.Add(s.Month))
                {
                    reason = $"Statement {s.Month} appears twice. 还息月份{s.Month}重复。";
                }
                else if (month.AddMonths(1) <= loanStart || month > loanEnd)
                {
                    reason = $"Statement {s.Month} is outside the loan term. 还息月份{s.Month}不在贷款期限内。";
                }
                else if (s.InterestPaid <= 0 || s.InterestPaid > principal)
                {
                    reason = $"The interest of {s.Month} must be positive and at most the principal. {s.Month}的利息须大于0且不超过本金。";
                }

                if (reason is not null)
                {
                    break;
                }
            }
        }

        var amount = 0m;
        if (reason is null)
        {
            var ordered = statements.OrderBy(s => s.Month, StringComparer.Ordinal).ToList();
            var total = ordered.Sum(s => s.InterestPaid);
            steps.Add(new("Loan 贷款", $"{lender} {contractNumber}, {principal:0.00}, {loanStart:yyyy-MM-dd} – {loanEnd:yyyy-MM-dd}"));
            steps.Add(new("Interest paid 实付利息",
                $"{string.Join(" + ", ordered.Select(s => $"{s.InterestPaid:0.00} ({s.Month})"))} = {total:0.00}"));
            amount = decimal.Round(total * rate, 2, MidpointRounding.AwayFromZero);
            steps.Add(new("Discount 贴息金额", $"{total:0.00} × {rate:P0} = {amount:0.00}"));
            if (amount <= 0)
            {
                reason = "The discount rate gives nothing. 贴息比例为0。";
                amount = 0m;
            }
        }

        return new Calculation(PolicyItems.LoanInterestDiscount, year, p.Version, p.Values, inputs, steps, reason is null, reason, amount,
            year.ToString(CultureInfo.InvariantCulture), [subject])
        {
            Claims = reason is null ? statements.Select(s => new ClaimKey(s.Month, subject)).ToList() : [],
        };
    }

    /// <summary>The claim subject of a loan: a hash of the lender and contract number (trimmed, upper-case).</summary>
    public static string LoanKey(string lender, string contractNumber)
    {
        var normalised = $"{lender.Trim().ToUpperInvariant()}|{contractNumber.Trim().ToUpperInvariant()}";
        return "loan:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..40];
    }
}

/// <summary>
/// 社保补贴: for each hard-to-employ person or recent college graduate on the staff of a filed employee-based
/// enterprise, the monthly amount for each month of social insurance paid, within the maximum months per person
/// counted across all their claims. Each person and month is claimed once (any enterprise); the months per person are a
/// counter the database raises only while it stays within the maximum.
/// </summary>
public static class SocialInsuranceRule
{
    /// <summary>The counter scope of a person's months: their whole history, not a year.</summary>
    public const string LifetimeScope = "all";

    public static Calculation Calculate(int year, ParameterSet p, IReadOnlyList<StaffLine> staff)
    {
        var monthly = p[PolicyCatalogue.MonthlyAmount];
        var max = (int)p[PolicyCatalogue.MaxMonthsPerPerson];
        var inputs = new Dictionary<string, string>();
        for (var i = 0; i < staff.Count; i++)
        {
            var s = staff[i];
            inputs[$"staff[{i}]"] = $"{s.IdMasked} {s.Name} {s.Category} {s.FromMonth}–{s.ToMonth}";
        }

        var steps = new List<CalculationStep>();
        var claims = new List<ClaimKey>();
        var counters = new List<CounterUse>();
        string? reason = null;
        var total = 0m;
        var seen = new HashSet<string>();
        if (staff.Count == 0)
        {
            reason = "At least one staff member is needed. 至少需要一名人员。";
        }

        foreach (var s in staff)
        {
            if (reason is not null)
            {
                break;
            }

            if (!seen.Add(s.IdHash))
            {
                reason = $"{s.IdMasked} appears twice. {s.IdMasked}重复。";
            }
            else if (s.Category is null || !PolicyItems.StaffCategories.TryGetValue(s.Category, out _))
            {
                reason = $"{s.IdMasked}: the category must be HardToEmploy (就业困难人员) or RecentGraduate (高校毕业生). 人员类别无效。";
            }
            else if (!Months.TryParse(s.FromMonth, out var from) || !Months.TryParse(s.ToMonth, out var to) || to < from)
            {
                reason = $"{s.IdMasked}: the months paid must be yyyy-MM, from before to. 缴费起止月份无效。";
            }
            else if (from.Year != year || to.Year != year)
            {
                reason = $"{s.IdMasked}: the months paid must be in {year}. 缴费月份须在申请年度{year}内。";
            }
            else
            {
                var months = Months.Range(from, to).ToList();
                var count = months.Count;
                if (s.MonthsAlreadyClaimed + count > max)
                {
                    reason = $"{s.IdMasked}: {s.MonthsAlreadyClaimed} months already claimed, {count} more exceed the {max}-month limit "
                        + $"(at most {Math.Max(0, max - s.MonthsAlreadyClaimed)} left). {s.IdMasked}已申请{s.MonthsAlreadyClaimed}个月，"
                        + $"再申请{count}个月将超过每人最长{max}个月。";
                    break;
                }

                var amount = count * monthly;
                total += amount;
                steps.Add(new($"{s.IdMasked} {s.Name} {PolicyItems.StaffCategories[s.Category]}",
                    $"{Months.Format(from)} – {Months.Format(to)}: {count} × {monthly:0.00} = {amount:0.00} "
                    + $"(months used 已用 {s.MonthsAlreadyClaimed} + {count} ≤ {max})"));
                claims.AddRange(months.Select(m => new ClaimKey(Months.Format(m), s.IdHash, LifetimeScope, s.IdHash)));
                counters.Add(new CounterUse(LifetimeScope, s.IdHash, count, max, s.IdMasked));
            }
        }

        if (reason is null)
        {
            steps.Add(new("Amount 金额", $"{staff.Count} persons 人, {claims.Count} months 月 = {total:0.00}"));
            if (total <= 0)
            {
                reason = "The monthly amount is zero. 每月补贴金额为0。";
            }
        }

        var ok = reason is null;
        return new Calculation(PolicyItems.SocialInsuranceSubsidy, year, p.Version, p.Values, inputs, steps, ok, reason, ok ? total : 0m,
            year.ToString(CultureInfo.InvariantCulture), ok ? staff.Select(s => s.IdHash).ToList() : [])
        {
            Claims = ok ? claims : [],
            Counters = ok ? counters : [],
        };
    }
}

/// <summary>
/// 意外伤害保险补贴 / 健康体检补贴: the rate (50%) of each staff member's commercial accident-insurance premium or
/// health-check cost, for staff of a filed employee-based enterprise; each person once per item and year.
/// </summary>
public static class StaffCostRule
{
    public static Calculation Calculate(int year, ParameterSet p, string itemCode, IReadOnlyList<StaffLine> staff)
    {
        var rate = p[PolicyCatalogue.Rate];
        var costName = itemCode == PolicyItems.AccidentInsuranceSubsidy ? "premium 保费" : "cost 体检费用";
        var inputs = new Dictionary<string, string>();
        for (var i = 0; i < staff.Count; i++)
        {
            inputs[$"staff[{i}]"] = $"{staff[i].IdMasked} {staff[i].Name} {staff[i].Cost?.ToString("0.00", CultureInfo.InvariantCulture)}";
        }

        var steps = new List<CalculationStep>();
        string? reason = staff.Count == 0 ? "At least one staff member is needed. 至少需要一名人员。" : null;
        var total = 0m;
        var seen = new HashSet<string>();
        foreach (var s in staff)
        {
            if (reason is not null)
            {
                break;
            }

            if (!seen.Add(s.IdHash))
            {
                reason = $"{s.IdMasked} appears twice. {s.IdMasked}重复。";
            }
            else if (s.Cost is not > 0)
            {
                reason = $"{s.IdMasked}: the {costName} must be positive. 费用须大于0。";
            }
            else
            {
                var amount = decimal.Round(s.Cost.Value * rate, 2, MidpointRounding.AwayFromZero);
                total += amount;
                steps.Add(new($"{s.IdMasked} {s.Name}", $"{s.Cost.Value:0.00} × {rate:P0} = {amount:0.00}"));
            }
        }

        if (reason is null)
        {
            steps.Add(new("Amount 金额", $"{staff.Count} persons 人 = {total:0.00}"));
            if (total <= 0)
            {
                reason = "The rate gives nothing. 补贴比例为0。";
            }
        }

        var ok = reason is null;
        return new Calculation(itemCode, year, p.Version, p.Values, inputs, steps, ok, reason, ok ? total : 0m,
            year.ToString(CultureInfo.InvariantCulture), ok ? staff.Select(s => s.IdHash).ToList() : []);
    }
}

/// <summary>
/// 居民家庭服务费用减免: the amount per service (50 yuan) for each unclaimed service record of the institution in the
/// year, at most the cap per household and year counted across all institutions' claims. Records beyond a household's
/// cap are not counted (and stay unclaimed); each record is claimed once.
/// </summary>
public static class ServiceFeeReductionRule
{
    public static Calculation Calculate(
        int year, ParameterSet p, IReadOnlyList<ServiceRecordLine> records, IReadOnlyDictionary<string, int> usedByHousehold)
    {
        var perService = p[PolicyCatalogue.AmountPerService];
        var max = (int)p[PolicyCatalogue.MaxPerHouseholdPerYear];
        var scope = year.ToString(CultureInfo.InvariantCulture);
        var steps = new List<CalculationStep>();
        var claims = new List<ClaimKey>();
        var counters = new List<CounterUse>();
        var households = records.GroupBy(r => r.HouseholdHash).ToList();
        steps.Add(new("Service records 服务记录", $"{records.Count} unclaimed in {year} 条未申领, {households.Count} households 户"));
        foreach (var household in households.OrderBy(h => h.Min(r => r.ServiceDate)))
        {
            var used = usedByHousehold.GetValueOrDefault(household.Key);
            var ordered = household.OrderBy(r => r.ServiceDate).ThenBy(r => r.Id).ToList();
            var counted = ordered.Take(Math.Max(0, max - used)).ToList();
            if (counted.Count < ordered.Count)
            {
                steps.Add(new($"Household cap 每户每年上限 {household.First().HouseholdMasked}",
                    $"{used} already 已减免 + {ordered.Count} records → {counted.Count} counted 计入 (cap {max})"));
            }

            if (counted.Count > 0)
            {
                claims.AddRange(counted.Select(r => new ClaimKey(scope, r.Id.ToString(), scope, household.Key)));
                counters.Add(new CounterUse(scope, household.Key, counted.Count, max, household.First().HouseholdMasked));
            }
        }

        string? reason = null;
        var total = claims.Count * perService;
        if (records.Count == 0)
        {
            reason = $"No unclaimed service record of the institution in {year}; import them first. 本机构{year}年度没有未申领的服务记录，请先导入。";
        }
        else if (claims.Count == 0)
        {
            reason = $"Every household has reached the cap of {max} for {year}. 各户本年度减免次数均已达上限。";
        }
        else
        {
            steps.Add(new("Amount 金额", $"{claims.Count} × {perService:0.00} = {total:0.00}"));
            if (total <= 0)
            {
                reason = "The amount per service is zero. 每次减免金额为0。";
            }
        }

        var ok = reason is null;
        return new Calculation(PolicyItems.ServiceFeeReduction, year, p.Version, p.Values,
            new Dictionary<string, string> { ["serviceRecords"] = records.Count.ToString(CultureInfo.InvariantCulture) },
            steps, ok, reason, ok ? total : 0m, scope, ok ? claims.Select(c => c.SubjectKey).ToList() : [])
        {
            Claims = ok ? claims : [],
            Counters = ok ? counters : [],
        };
    }
}
