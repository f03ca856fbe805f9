using System.Text.Json;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features;

/// <summary>
/// The parameters in force for an item, a year and a date: the latest stored version of that year effective on or
/// before the date, or version 0 (the configured defaults) when none is.
/// </summary>
public sealed class ParameterResolver(SubsidyDbContext db, IOptions<SubsidyOptions> options)
{
    public async Task<ParameterSet> GetAsync(string itemCode, int year, DateOnly asOf, CancellationToken ct)
    {
        var version = await db.Set<PolicyParameterVersion>().AsNoTracking()
            .Where(v => v.ItemCode == itemCode && v.Year == year && v.EffectiveFrom <= asOf)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Version)
            .FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Defaults(itemCode);
        }

        // A parameter added to an item after a version was stored takes its default in that version.
        var values = new Dictionary<string, decimal>(PolicyCatalogue.Defaults(itemCode, options.Value));
        foreach (var (name, value) in Parse(version.ParametersJson))
        {
            values[name] = value;
        }

        return new ParameterSet(version.Version, values);
    }

    /// <summary>The date whose parameters apply to a year: today, clamped to the year (its first day for a future year, its last for a past one).</summary>
    public static DateOnly AsOf(int year, DateOnly today) =>
        today.Year == year ? today : today.Year < year ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);

    public ParameterSet Defaults(string itemCode) => new(0, PolicyCatalogue.Defaults(itemCode, options.Value));

    public static IReadOnlyDictionary<string, decimal> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [];
}
