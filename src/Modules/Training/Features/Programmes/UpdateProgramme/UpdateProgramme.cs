using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Programmes;

/// <summary>Body of <c>PUT /api/v1/training/programmes/{id}</c> (编辑培训项目); every field is replaced.</summary>
/// <param name="Name">Programme name (项目名称), at most 200 characters.</param>
/// <param name="Category">Category code from <c>GET /api/v1/training/categories</c>.</param>
/// <param name="ProviderInstitutionId">The provider: an institution of the register, not revoked.</param>
/// <param name="RequiredHours">Attended hours that complete the programme (结业学时), 1–1000; fixed once a class of the programme has started.</param>
/// <param name="ActiveFromYear">First year the programme runs.</param>
/// <param name="ActiveToYear">Last year the programme runs; null while open-ended.</param>
/// <param name="Description">Optional description, at most 1000 characters.</param>
public sealed record UpdateProgrammeRequest(
    string Name, string Category, Guid ProviderInstitutionId, int RequiredHours, int ActiveFromYear, int? ActiveToYear, string? Description);

/// <summary>
/// Edit a programme (编辑培训项目) under <c>If-Match</c>. The hours required for completion cannot change once a class of the
/// programme has started (409 <c>hours_locked</c>): trainees' completion is judged against them. The active years must still
/// cover every class of the programme that is not cancelled (409 <c>classes_outside_years</c>).
/// </summary>
public sealed record UpdateProgramme(
    Guid Id, string ExpectedVersion, string Name, string Category, Guid ProviderInstitutionId, int RequiredHours, int ActiveFromYear,
    int? ActiveToYear, string? Description) : ICommand<ProgrammeResponse>, IAuditTarget
{
    public string AuditTargetType => "Programme";

    public string? AuditTargetId => Id.ToString();

    public static UpdateProgramme From(Guid id, string version, UpdateProgrammeRequest body) => new(
        id, version, body.Name, body.Category, body.ProviderInstitutionId, body.RequiredHours, body.ActiveFromYear, body.ActiveToYear, body.Description);
}

public sealed class UpdateProgrammeValidator : AbstractValidator<UpdateProgramme>
{
    public UpdateProgrammeValidator(IOptions<TrainingOptions> options)
    {
        var categories = options.Value.EffectiveCategories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Category).NotEmpty()
            .Must(c => c is null || categories.Contains(c.Trim()))
            .WithMessage("Unknown category; see GET /api/v1/training/categories. 培训类别无效。");
        RuleFor(x => x.ProviderInstitutionId).NotEmpty();
        RuleFor(x => x.RequiredHours).InclusiveBetween(1, 1000);
        RuleFor(x => x.ActiveFromYear).InclusiveBetween(2000, 2100);
        RuleFor(x => x.ActiveToYear).GreaterThanOrEqualTo(x => x.ActiveFromYear).LessThanOrEqualTo(2100).When(x => x.ActiveToYear is not null)
            .WithMessage("activeToYear must not be before activeFromYear. 截止年度不能早于起始年度。");
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

public sealed class UpdateProgrammeHandler(
    TrainingDbContext db, ICurrentUser current, IRegistryReader registry, IOptions<TrainingOptions> options, TimeProvider time)
    : ICommandHandler<UpdateProgramme, ProgrammeResponse>
{
    private static readonly ClassStatus[] Started = [ClassStatus.InProgress, ClassStatus.Completed, ClassStatus.Settled];

    public async ValueTask<ProgrammeResponse> Handle(UpdateProgramme command, CancellationToken ct)
    {
        var programme = await ProgrammeResponses.FindInScopeAsync(db, DataScope.From(current), command.Id, ct);
        ETags.EnsureMatches(command.ExpectedVersion, programme.Version.ToString());
        if (command.RequiredHours != programme.RequiredHours
            && await db.Set<TrainingClass>().AnyAsync(c => c.ProgrammeId == programme.Id && Started.Contains(c.Status), ct))
        {
            throw new ConflictException(
                "A class of the programme has started: the hours required for completion can no longer change. 已有培训班开班，结业学时不能再修改。",
                "hours_locked", "requiredHours");
        }

        var outside = await db.Set<TrainingClass>()
            .Where(c => c.ProgrammeId == programme.Id && c.Status != ClassStatus.Cancelled)
            .Where(c => c.StartDate.Year < command.ActiveFromYear || (command.ActiveToYear != null && c.StartDate.Year > command.ActiveToYear))
            .Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (outside is not null)
        {
            throw new ConflictException(
                $"Class {outside} falls outside the active years. 培训班“{outside}”不在项目的有效年度内。", "classes_outside_years", "activeFromYear");
        }

        if (command.ProviderInstitutionId != programme.ProviderInstitutionId)
        {
            var provider = await registry.FindInstitutionAsync(command.ProviderInstitutionId, ct)
                ?? throw new FieldValidationException("providerInstitutionId", "No such institution in the register. 登记库中没有该机构。");
            if (provider.Status is "Revoked")
            {
                throw new ConflictException("The provider's registration is revoked. 该机构已被撤销。", "provider_revoked", "providerInstitutionId");
            }

            programme.ProviderInstitutionId = provider.Id;
            programme.ProviderName = provider.Name;
            programme.ProviderStreetCode = provider.StreetCode;
        }

        programme.Name = command.Name.Trim();
        programme.Category = command.Category.Trim();
        programme.RequiredHours = command.RequiredHours;
        programme.ActiveFromYear = command.ActiveFromYear;
        programme.ActiveToYear = command.ActiveToYear;
        programme.Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim();
        programme.Touch(time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Edited by someone else, or a class started (which moves the programme's version) since it was read.
            throw new PreconditionFailedException();
        }

        return (await ProgrammeResponses.FromAsync([programme], registry, options.Value, ct))[0];
    }
}
