using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Http;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>A workflow step on an institution: which one, why, and the optional <c>If-Match</c> version.</summary>
public interface IInstitutionTransition
{
    Guid Id { get; }

    string? Reason { get; }

    /// <summary>From <c>If-Match</c> when sent; null skips the check.</summary>
    string? Version { get; }
}

/// <summary>Body of the workflow actions: <c>{ reason }</c>, required to reject, suspend, revoke and restore.</summary>
public sealed record InstitutionTransitionRequest(string? Reason);

/// <summary>Runs one step of the recognition workflow: status change, history row, integration event, one save.</summary>
public sealed class InstitutionTransitions(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry, TimeProvider time)
{
    private const int ActorMaxLength = 100;

    public async Task<InstitutionResponse> ApplyAsync(IInstitutionTransition command, InstitutionAction action, CancellationToken ct)
    {
        var institution = await InstitutionResponses.FindVisibleAsync(db, command.Id, DataScope.From(current), ct);
        if (command.Version is { } version)
        {
            ETags.EnsureMatches(version, institution.Version.ToString());
        }

        var actor = string.IsNullOrEmpty(current.Name) ? current.Id ?? "unknown" : current.Name;
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason;
        var change = institution.ChangeStatus(action, reason, actor.Length > ActorMaxLength ? actor[..ActorMaxLength] : actor, InstitutionRules.Now(time));
        db.Set<StatusChange>().Add(change);
        db.AddIntegrationEvent(action == InstitutionAction.Recognise
            ? new InstitutionRecognised(institution.Id, institution.Name, institution.CreditCode, institution.StreetCode)
            : new InstitutionStatusChanged(institution.Id, change.FromStatus, change.ToStatus, change.Reason));
        await db.SaveChangesAsync(ct);
        return await InstitutionResponses.BuildAsync(db, institution, district.Value, registry.Value, ct);
    }
}

/// <summary>Validation of the workflow commands' reason.</summary>
public static class InstitutionTransitionRules
{
    public static void AddReasonRules<T>(this AbstractValidator<T> validator, bool required) where T : IInstitutionTransition
    {
        if (required)
        {
            validator.RuleFor(x => x.Reason).NotEmpty().WithMessage("A reason is required for this action. 请填写原因。");
        }

        validator.RuleFor(x => x.Reason).MaximumLength(InstitutionRules.ReasonMaxLength);
    }
}
