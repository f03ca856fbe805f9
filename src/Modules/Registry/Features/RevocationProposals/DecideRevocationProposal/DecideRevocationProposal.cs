using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Registry.Features.Institutions;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.RevocationProposals;

/// <summary>
/// Decide a revocation proposal (处理撤销建议): <c>Confirmed</c> revokes the institution through the recognition workflow (撤销, with the
/// inspection's findings as the reason) in the same save; <c>Dismissed</c> closes it with a note.
/// </summary>
public sealed record DecideRevocationProposal(Guid Id, RevocationProposalStatus Decision, string? Note) : ICommand<RevocationProposalResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(RevocationProposal);

    public string? AuditTargetId => Id.ToString();
}

/// <summary>Body of confirm and dismiss: an optional note (required to dismiss).</summary>
public sealed record RevocationDecisionRequest(string? Note);

public sealed class DecideRevocationProposalValidator : AbstractValidator<DecideRevocationProposal>
{
    public DecideRevocationProposalValidator()
    {
        RuleFor(x => x.Decision).Must(d => d is RevocationProposalStatus.Confirmed or RevocationProposalStatus.Dismissed);
        RuleFor(x => x.Note).MaximumLength(500);
        RuleFor(x => x.Note).NotEmpty().When(x => x.Decision == RevocationProposalStatus.Dismissed)
            .WithMessage("A note is required to dismiss a proposal. 不予撤销须说明理由。");
    }
}

public sealed class DecideRevocationProposalHandler(RegistryDbContext db, InstitutionTransitions transitions, ICurrentUser current, TimeProvider time)
    : ICommandHandler<DecideRevocationProposal, RevocationProposalResponse>
{
    public async ValueTask<RevocationProposalResponse> Handle(DecideRevocationProposal command, CancellationToken ct)
    {
        var proposal = await db.Set<RevocationProposal>().FirstOrDefaultAsync(p => p.Id == command.Id, ct)
            ?? throw new NotFoundException("RevocationProposal", command.Id.ToString());
        var actor = string.IsNullOrEmpty(current.Name) ? current.Id ?? "unknown" : current.Name;
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        proposal.Decide(command.Decision, note, actor.Length > 100 ? actor[..100] : actor, time.GetUtcNow());
        try
        {
            if (command.Decision == RevocationProposalStatus.Confirmed)
            {
                var reason = $"{proposal.Year}年度年检不合格 (得分 {proposal.Score})：{proposal.Findings}";
                // Saves the proposal together with the status change, its history row and its event.
                var institution = await transitions.ApplyAsync(
                    new RevokeInstitution(proposal.InstitutionId, reason.Length > InstitutionRules.ReasonMaxLength ? reason[..InstitutionRules.ReasonMaxLength] : reason),
                    InstitutionAction.Revoke, ct);
                return RevocationProposalResponse.From(proposal, institution.Status);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The proposal was decided at the same time. 该撤销建议已被处理。", "proposal_decided");
        }

        var status = await db.Set<Institution>().Where(i => i.Id == proposal.InstitutionId).Select(i => (InstitutionStatus?)i.Status).FirstOrDefaultAsync(ct);
        return RevocationProposalResponse.From(proposal, status);
    }
}
