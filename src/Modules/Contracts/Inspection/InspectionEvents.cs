using Jiafu.Contracts.Events;

namespace Jiafu.Contracts.Inspection;

/// <summary>
/// An institution failed (不合格) its annual inspection (年检复核) in <see cref="CampaignId"/>: Registry turns it into a
/// revocation proposal (撤销建议) that a district officer confirms or dismisses (优胜劣汰).
/// </summary>
/// <param name="TaskId">The inspection task whose outcome was 不合格; one proposal per task.</param>
/// <param name="Score">The weighted checklist score, 0–100.</param>
public sealed record InstitutionInspectionFailed(
    Guid TaskId, Guid CampaignId, int Year, Guid InstitutionId, string InstitutionName, int Score, string Findings) : IntegrationEvent;
