using Jiafu.Contracts.Registry;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Programmes;

/// <summary>A programme (培训项目) with its provider and subsidy standards.</summary>
/// <param name="ProviderIsTrainingBase">The provider holds a training-base title (培训示范基地) in the register.</param>
public sealed record ProgrammeResponse(
    Guid Id, string Name, string Category, string CategoryName, Guid ProviderInstitutionId, string ProviderName,
    bool ProviderIsTrainingBase, int RequiredHours, int ActiveFromYear, int? ActiveToYear, string? Description,
    IReadOnlyList<SubsidyStandardDto> SubsidyStandards, DateTimeOffset CreatedAt, string Version);

/// <summary>Subsidy per trainee in one year, in yuan with two places.</summary>
/// <param name="TrainingSubsidy">Training subsidy per completed trainee (培训补贴).</param>
/// <param name="CertificationSubsidy">Skill-certification subsidy per certified trainee (鉴定补贴).</param>
public sealed record SubsidyStandardDto(int Year, decimal TrainingSubsidy, decimal CertificationSubsidy);

internal static class ProgrammeResponses
{
    public static async Task<IReadOnlyList<ProgrammeResponse>> FromAsync(
        IReadOnlyList<Programme> programmes, IRegistryReader registry, TrainingOptions options, CancellationToken ct)
    {
        var providers = await registry.FindInstitutionsAsync(programmes.Select(p => p.ProviderInstitutionId).Distinct().ToList(), ct);
        var bases = providers.Where(i => i.Titles.Any(options.TrainingBaseTitles.Contains)).Select(i => i.Id).ToHashSet();
        var names = providers.ToDictionary(i => i.Id, i => i.Name);
        return programmes.Select(p => From(p, options, bases.Contains(p.ProviderInstitutionId), names.GetValueOrDefault(p.ProviderInstitutionId))).ToList();
    }

    public static ProgrammeResponse From(Programme p, TrainingOptions options, bool isTrainingBase, string? liveProviderName = null) => new(
        p.Id, p.Name, p.Category, TrainingOptions.NameOf(options.EffectiveCategories, p.Category) ?? p.Category, p.ProviderInstitutionId,
        liveProviderName ?? p.ProviderName, isTrainingBase, p.RequiredHours, p.ActiveFromYear, p.ActiveToYear, p.Description,
        p.SubsidyStandards.OrderBy(s => s.Year)
            .Select(s => new SubsidyStandardDto(s.Year, TrainingRules.ToYuan(s.TrainingSubsidyFen), TrainingRules.ToYuan(s.CertificationSubsidyFen)))
            .ToList(),
        p.CreatedAt, p.Version.ToString());

    /// <summary>The programme with its standards, inside the caller's scope (404 otherwise).</summary>
    public static async Task<Programme> FindInScopeAsync(TrainingDbContext db, DataScope scope, Guid id, CancellationToken ct) =>
        await db.Set<Programme>().Include(p => p.SubsidyStandards).InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException("Programme", id.ToString());
}
