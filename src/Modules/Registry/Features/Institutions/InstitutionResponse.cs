using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>An institution in full (机构详情). <see cref="Version"/> is the ETag to send back in <c>If-Match</c>.</summary>
/// <param name="StreetName">Chinese name of the street or town.</param>
/// <param name="Titles">Titles currently held (not withdrawn).</param>
/// <param name="WorkerCount">Workers whose current employer is this institution.</param>
public sealed record InstitutionResponse(
    Guid Id,
    string Name,
    string CreditCode,
    string StreetCode,
    string StreetName,
    string Address,
    string LegalRepresentative,
    string ContactPhone,
    IReadOnlyList<string> BusinessFormats,
    InstitutionStatus Status,
    string? StatusReason,
    DateTimeOffset? RecognisedAt,
    bool IsEmployeeBased,
    DateOnly? EmployeeBasedUntil,
    bool IsAllianceMember,
    DateOnly? AllianceJoinedOn,
    IReadOnlyList<InstitutionTitleResponse> Titles,
    int WorkerCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Version)
{
    /// <summary>Credit class A–D (信用等级) from the integrity record (诚信档案), in the detail only; null elsewhere.</summary>
    public string? CreditClass { get; init; }
}

/// <summary>A title held by an institution (品牌称号).</summary>
/// <param name="Title">Title code from <c>GET /api/v1/registry/titles</c>.</param>
/// <param name="Name">Chinese name of the title.</param>
/// <param name="Level">Region (自治区), City (市) or District (区).</param>
public sealed record InstitutionTitleResponse(Guid Id, string Title, string Name, string Level, int Year, DateTimeOffset GrantedAt);

/// <summary>Builds <see cref="InstitutionResponse"/>s: street names, current titles and the worker count.</summary>
public static class InstitutionResponses
{
    public static InstitutionResponse From(
        Institution institution, IEnumerable<InstitutionTitle> titles, int workerCount, DistrictOptions district, RegistryOptions registry) => new(
        institution.Id,
        institution.Name,
        institution.CreditCode,
        institution.StreetCode,
        StreetName(district, institution.StreetCode),
        institution.Address,
        institution.LegalRepresentative,
        institution.ContactPhone,
        institution.BusinessFormats.ToArray(),
        institution.Status,
        institution.StatusReason,
        institution.RecognisedAt,
        institution.IsEmployeeBased,
        institution.EmployeeBasedUntil,
        institution.IsAllianceMember,
        institution.AllianceJoinedOn,
        titles.Where(t => t.WithdrawnAt is null)
            .OrderByDescending(t => t.Year).ThenBy(t => t.Title)
            .Select(t => new InstitutionTitleResponse(t.Id, t.Title, TitleName(registry, t.Title), t.Level, t.Year, t.GrantedAt))
            .ToArray(),
        workerCount,
        institution.CreatedAt,
        institution.UpdatedAt,
        institution.Version.ToString());

    /// <summary>Reads the titles and worker count of a loaded institution and builds its response.</summary>
    public static async Task<InstitutionResponse> BuildAsync(
        RegistryDbContext db, Institution institution, DistrictOptions district, RegistryOptions registry, CancellationToken ct)
    {
        var titles = await db.Set<InstitutionTitle>().AsNoTracking()
            .Where(t => t.InstitutionId == institution.Id && t.WithdrawnAt == null).ToListAsync(ct);
        var workers = await db.Set<Worker>().CountAsync(w => w.InstitutionId == institution.Id, ct);
        return From(institution, titles, workers, district, registry);
    }

    /// <summary>Loads an institution visible to <paramref name="scope"/> (tracked), or throws 404.</summary>
    public static async Task<Institution> FindVisibleAsync(RegistryDbContext db, Guid id, DataScope scope, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new Shared.Errors.NotFoundException("Institution", id.ToString());
        scope.EnsureVisible(institution);
        return institution;
    }

    public static string StreetName(DistrictOptions district, string streetCode) =>
        district.EffectiveStreets.FirstOrDefault(s => s.Code == streetCode)?.Name ?? streetCode;

    public static string TitleName(RegistryOptions registry, string code) =>
        registry.EffectiveTitles.FirstOrDefault(t => t.Code == code)?.Name ?? code;
}
