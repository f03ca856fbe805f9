using FluentValidation;
using Jiafu.Contracts.Audit;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Audit;

/// <summary>Search the audit trail (审计日志查询), newest first by default.</summary>
public sealed record ListAuditEntries : PageRequest, IQuery<PagedResult<AuditEntryResponse>>
{
    /// <summary>User name or client id of the actor (exact).</summary>
    public string? Actor { get; init; }

    /// <summary>Action (command) name, e.g. <c>CreateUser</c>, <c>Login</c>.</summary>
    public string? Action { get; init; }

    public string? Module { get; init; }

    /// <summary><c>Succeeded</c>, <c>Rejected</c> or <c>Failed</c>.</summary>
    public AuditOutcome? Outcome { get; init; }

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }

    public string? TraceId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    internal static readonly SortMap<AuditEntry> Sorts = new SortMap<AuditEntry>("-sequence")
        .Add("sequence", e => e.Sequence)
        .Add("occurredAt", e => e.OccurredAt);

    public ListAuditEntriesValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("to must not be before from.");
    }
}

public sealed class ListAuditEntriesHandler(IdentityModuleDbContext db) : IQueryHandler<ListAuditEntries, PagedResult<AuditEntryResponse>>
{
    public async ValueTask<PagedResult<AuditEntryResponse>> Handle(ListAuditEntries q, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Actor)) query = query.Where(e => e.ActorName == q.Actor);
        if (!string.IsNullOrWhiteSpace(q.Action)) query = query.Where(e => e.Action == q.Action);
        if (!string.IsNullOrWhiteSpace(q.Module)) query = query.Where(e => e.Module == q.Module);
        if (q.Outcome is { } outcome) query = query.Where(e => e.Outcome == outcome);
        if (!string.IsNullOrWhiteSpace(q.TargetType)) query = query.Where(e => e.TargetType == q.TargetType);
        if (!string.IsNullOrWhiteSpace(q.TargetId)) query = query.Where(e => e.TargetId == q.TargetId);
        if (!string.IsNullOrWhiteSpace(q.TraceId)) query = query.Where(e => e.TraceId == q.TraceId);
        if (q.From is { } from) query = query.Where(e => e.OccurredAt >= from);
        if (q.To is { } to) query = query.Where(e => e.OccurredAt <= to);

        var page = await query.SortBy(q.Sort, ListAuditEntriesValidator.Sorts).ToPageAsync(q, ct);
        return new PagedResult<AuditEntryResponse>(page.Items.Select(ToResponse).ToList(), page.Total, page.Page, page.PageSize);
    }

    internal static AuditEntryResponse ToResponse(AuditEntry e) => new(
        e.Sequence, e.OccurredAt, e.Module, e.Action, e.ActorId, e.ActorName, e.ActorType.ToString(), e.TargetType, e.TargetId,
        e.Outcome.ToString(), e.Reason, e.TraceId, e.Changes, e.PreviousHash, e.Hash);
}
