using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Titles;

/// <summary>The reason of a withdrawal (required).</summary>
public sealed record WithdrawTitleRequest(string Reason);

/// <summary>Withdraw a title (撤销称号) with a reason; it stays in the list as withdrawn.</summary>
public sealed record WithdrawTitle(Guid InstitutionId, Guid TitleId, string Reason) : ICommand<TitleGrantResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(InstitutionTitle);

    public string? AuditTargetId => TitleId.ToString();
}

public sealed class WithdrawTitleValidator : AbstractValidator<WithdrawTitle>
{
    public WithdrawTitleValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("A reason is required. 请填写撤销原因。").MaximumLength(TitleRules.ReasonMaxLength);
}

public sealed class WithdrawTitleHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, TimeProvider time)
    : ICommandHandler<WithdrawTitle, TitleGrantResponse>
{
    public async ValueTask<TitleGrantResponse> Handle(WithdrawTitle command, CancellationToken ct)
    {
        var institution = await TitleRules.FindVisibleInstitutionAsync(db, command.InstitutionId, DataScope.From(current), ct);
        var title = await db.Set<InstitutionTitle>().FirstOrDefaultAsync(t => t.Id == command.TitleId && t.InstitutionId == institution.Id, ct)
            ?? throw new NotFoundException("InstitutionTitle", command.TitleId.ToString());
        if (title.WithdrawnAt is not null)
        {
            throw new ConflictException("The title has already been withdrawn. 该称号已撤销。", "already_withdrawn");
        }

        title.WithdrawnAt = time.GetUtcNow();
        title.WithdrawnReason = command.Reason.Trim();
        await db.SaveChangesAsync(ct);
        return TitleRules.ToResponse(title, options.Value);
    }
}
