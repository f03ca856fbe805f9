using Jiafu.Contracts.Statistics;

namespace Jiafu.Contracts.Registry;

/// <summary>The register's statistics (登记统计) for a period, within the current caller's data scope (implemented by Registry).</summary>
public interface IRegistryStatistics
{
    Task<RegistryStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct);
}

/// <summary>Institutions and workers on the register at the end of a period, and what happened during it.</summary>
/// <param name="Institutions">Institutions registered by the end of the period (any status).</param>
/// <param name="ActiveInstitutions">Of those, currently recognised (认定有效).</param>
/// <param name="NewInstitutions">Institutions recognised (新认定) during the period.</param>
/// <param name="NewStations">Community household-service stations (社区家庭服务站) recognised during the period.</param>
/// <param name="ActiveStations">Community stations currently recognised.</param>
/// <param name="CityBrands">City-level brand titles (市级特色品牌) granted for the period's year (not withdrawn).</param>
/// <param name="PendingRecognition">Institutions waiting for recognition review (待认定).</param>
/// <param name="FilingsExpiring">Employee-based filings (员工制备案) that expire within the next 30 days.</param>
/// <param name="Workers">Workers registered by the end of the period.</param>
/// <param name="HealthChecksExpiring">Workers whose health check expires within the next 30 days.</param>
public sealed record RegistryStatistics(
    StatisticsPeriod Period,
    int Institutions,
    int ActiveInstitutions,
    int NewInstitutions,
    int NewStations,
    int ActiveStations,
    int CityBrands,
    int PendingRecognition,
    int FilingsExpiring,
    int Workers,
    int HealthChecksExpiring,
    IReadOnlyList<Tally> InstitutionsByStatus,
    IReadOnlyList<Tally> InstitutionsByStreet,
    IReadOnlyList<Tally> InstitutionsByFormat,
    IReadOnlyList<Tally> InstitutionsBySize,
    IReadOnlyList<MonthTally> NewInstitutionsByMonth,
    IReadOnlyList<Tally> WorkersByCredential,
    IReadOnlyList<Tally> WorkersByEmploymentType,
    IReadOnlyList<Tally> WorkersByJobType,
    IReadOnlyList<Tally> WorkersByGender,
    IReadOnlyList<Tally> WorkersByAgeBand,
    IReadOnlyList<Tally> WorkersByStreet);
