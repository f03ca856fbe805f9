using Jiafu.Contracts.Audit;
using Jiafu.Identity.Domain;

namespace Jiafu.UnitTests.Audit;

public sealed class AuditEntryHashTests
{
    private static AuditEntry Entry() => new()
    {
        Sequence = 7,
        EventId = Guid.Parse("0190f000-0000-7000-8000-000000000001"),
        OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_000),
        Module = "identity",
        Action = "CreateUser",
        ActorId = "u-1",
        ActorName = "admin",
        ActorType = AuditActorType.User,
        TargetType = "User",
        TargetId = "u-2",
        Outcome = AuditOutcome.Succeeded,
        TraceId = "abc",
        Changes = "[]",
        PreviousHash = AuditEntry.GenesisHash,
        Hash = "",
    };

    [Fact]
    public void The_hash_is_deterministic_lowercase_sha256_hex()
    {
        var hash = Entry().ComputeHash();
        Assert.Equal(hash, Entry().ComputeHash());
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    public static TheoryData<string> Mutations => new(
        "sequence", "eventId", "occurredAt", "module", "action", "actorId", "actorName", "actorType",
        "targetType", "targetId", "outcome", "reason", "traceId", "changes", "previousHash");

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Changing_any_recorded_field_changes_the_hash(string field)
    {
        var original = Entry().ComputeHash();
        var entry = Entry();
        switch (field)
        {
            case "sequence": entry.Sequence++; break;
            case "eventId": entry.EventId = Guid.NewGuid(); break;
            case "occurredAt": entry.OccurredAt = entry.OccurredAt.AddMilliseconds(1); break;
            case "module": entry.Module = "registry"; break;
            case "action": entry.Action = "DeleteUser"; break;
            case "actorId": entry.ActorId = "u-9"; break;
            case "actorName": entry.ActorName = "mallory"; break;
            case "actorType": entry.ActorType = AuditActorType.Client; break;
            case "targetType": entry.TargetType = "ApiClient"; break;
            case "targetId": entry.TargetId = "u-3"; break;
            case "outcome": entry.Outcome = AuditOutcome.Rejected; break;
            case "reason": entry.Reason = "edited"; break;
            case "traceId": entry.TraceId = "def"; break;
            case "changes": entry.Changes = "[{}]"; break;
            case "previousHash": entry.PreviousHash = new string('1', 64); break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }

        Assert.NotEqual(original, entry.ComputeHash());
    }

    [Fact]
    public void Field_boundaries_are_part_of_the_hash_so_moving_text_between_fields_is_detected()
    {
        var a = Entry();
        a.TargetType = "User";
        a.TargetId = "x";
        var b = Entry();
        b.TargetType = "Use";
        b.TargetId = "rx";
        Assert.NotEqual(a.ComputeHash(), b.ComputeHash());
    }
}
