using System.Security.Cryptography;
using System.Text;
using Jiafu.Contracts.Audit;

namespace Jiafu.Identity.Domain;

/// <summary>
/// One entry of the append-only audit trail. Entries form a hash chain: each <see cref="Hash"/> covers
/// the entry's content and the previous entry's hash, so an edited or deleted entry breaks verification.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }

    /// <summary>The id of the audit event; unique, so a redelivered event is not appended twice.</summary>
    public Guid EventId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string Module { get; set; }

    public required string Action { get; set; }

    public string? ActorId { get; set; }

    public required string ActorName { get; set; }

    public AuditActorType ActorType { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public AuditOutcome Outcome { get; set; }

    public string? Reason { get; set; }

    public string? TraceId { get; set; }

    public string? Changes { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), EventId.ToString("N"),
            OccurredAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            Module, Action, ActorId ?? "", ActorName, ActorType.ToString(), TargetType ?? "", TargetId ?? "",
            Outcome.ToString(), Reason ?? "", TraceId ?? "", Changes ?? "", PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
