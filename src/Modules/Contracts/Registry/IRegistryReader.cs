namespace Jiafu.Contracts.Registry;

/// <summary>What other modules may read of the register (implemented by the Registry module).</summary>
public interface IRegistryReader
{
    Task<InstitutionSummary?> FindInstitutionAsync(Guid institutionId, CancellationToken ct);

    Task<IReadOnlyList<InstitutionSummary>> FindInstitutionsAsync(IReadOnlyCollection<Guid> institutionIds, CancellationToken ct);

    /// <summary>Finds an institution by its unified social credit code (统一社会信用代码), normalised (trimmed, upper-case).</summary>
    Task<InstitutionSummary?> FindInstitutionByCreditCodeAsync(string creditCode, CancellationToken ct);

    /// <summary>Up to <paramref name="max"/> recognised (active) institutions holding one of <paramref name="titles"/> (any when empty), oldest first.</summary>
    Task<IReadOnlyList<InstitutionSummary>> ListActiveInstitutionsAsync(IReadOnlyCollection<string> titles, int max, CancellationToken ct);
    /// <summary>Recognised, active institutions (all, or those offering <paramref name="businessFormat"/>), ordered by name.</summary>
    Task<IReadOnlyList<InstitutionSummary>> ListActiveInstitutionsAsync(string? businessFormat, CancellationToken ct);

    /// <summary>Recognised, active service points (社区家庭服务站 and professional markets), ordered by name.</summary>
    Task<IReadOnlyList<ServicePointSummary>> ListActiveServicePointsAsync(CancellationToken ct);

    /// <summary>Finds a worker by the keyed hash of their resident ID number.</summary>
    Task<WorkerSummary?> FindWorkerByIdHashAsync(string idNumberHash, CancellationToken ct);

    /// <summary>
    /// The worker with this id when they work or once worked for the institution (their current employer or any employment
    /// in their history); otherwise null. Records about a service name the worker who provided it, who may have moved since.
    /// </summary>
    Task<WorkerSummary?> FindWorkerOfInstitutionAsync(Guid workerId, Guid institutionId, CancellationToken ct);

    /// <summary>The workers among <paramref name="idNumberHashes"/> (keyed hashes of resident ID numbers), by hash; unknown hashes are absent.</summary>
    Task<IReadOnlyDictionary<string, WorkerSummary>> FindWorkersByIdHashesAsync(IReadOnlyCollection<string> idNumberHashes, CancellationToken ct);
}

/// <param name="IsActive">Recognised and not suspended or revoked.</param>
/// <param name="IsEmployeeBased">Holds a valid employee-based enterprise filing.</param>
public sealed record InstitutionSummary(
    Guid Id, string Name, string CreditCode, string StreetCode, string Status, bool IsActive, bool IsEmployeeBased,
    IReadOnlyList<string> BusinessFormats)
{
    /// <summary>Codes of the brand and training-base titles the institution holds (not withdrawn), e.g. <c>TrainingDemonstrationBase</c> (培训示范基地).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
}

public sealed record WorkerSummary(Guid Id, string Name, string IdNumberMasked, Guid? InstitutionId, string? StreetCode, string EmploymentType)
{
    /// <summary>Struck off the register (清退/吊销从业资格).</summary>
    public bool IsRevoked { get; init; }
}

/// <param name="Kind">Station (社区家庭服务站) or Market (专业服务市场).</param>
/// <param name="InstitutionId">The institution that runs it.</param>
public sealed record ServicePointSummary(Guid Id, string Name, string Kind, Guid InstitutionId, string StreetCode);
