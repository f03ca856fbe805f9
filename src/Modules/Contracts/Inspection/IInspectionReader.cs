namespace Jiafu.Contracts.Inspection;

/// <summary>What other modules may read of supervision (implemented by the Inspection module).</summary>
public interface IInspectionReader
{
    /// <summary>The integrity standing (诚信档案) of each institution; institutions without a record get the class of an empty record.</summary>
    Task<IReadOnlyDictionary<Guid, IntegrityStanding>> GetStandingsAsync(IReadOnlyCollection<Guid> institutionIds, CancellationToken ct);

    /// <summary>Whether the performance evaluation (绩效考评) of <paramref name="year"/> marked the institution excellent (优秀); false when that year is not evaluated.</summary>
    Task<bool> IsExcellentAsync(Guid institutionId, int year, CancellationToken ct);
}

/// <param name="CreditClass">A, B, C or D (信用等级).</param>
/// <param name="RedList">On the red list (红名单).</param>
/// <param name="BlackList">On the black list (黑名单).</param>
/// <param name="IsExcellent">Marked excellent (优秀) by the latest evaluated year's performance evaluation (绩效考评); false until one exists.</param>
public sealed record IntegrityStanding(Guid InstitutionId, string CreditClass, int Score, bool RedList, bool BlackList, bool IsExcellent);
