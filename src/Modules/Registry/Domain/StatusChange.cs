namespace Jiafu.Registry.Domain;

/// <summary>One step of a record's status history (状态变更记录): institutions, stations and filings.</summary>
public sealed class StatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string SubjectType { get; set; }

    public Guid SubjectId { get; set; }

    public required string FromStatus { get; set; }

    public required string ToStatus { get; set; }

    public required string Action { get; set; }

    public string? Reason { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
