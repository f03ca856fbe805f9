using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Errors;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Programmes;

/// <summary>Create a training programme (新建培训项目). District officers.</summary>
/// <param name="Category">Category code from <c>GET /api/v1/training/categories</c>.</param>
/// <param name="ProviderInstitutionId">The provider: an institution of the register (a training base or a household-service institution).</param>
/// <param name="RequiredHours">Attended hours that complete the programme (结业学时), 1–1000.</param>
/// <param name="SubsidyStandards">Subsidy per trainee for each year (optional; one entry per year).</param>
public sealed record CreateProgramme(
    string Name,
    string Category,
    Guid ProviderInstitutionId,
    int RequiredHours,
    int ActiveFromYear,
    int? ActiveToYear,
    string? Description,
    IReadOnlyList<SubsidyStandardDto>? SubsidyStandards) : ICommand<ProgrammeResponse>;

public sealed class CreateProgrammeValidator : AbstractValidator<CreateProgramme>
{
    public CreateProgrammeValidator(IOptions<TrainingOptions> options)
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
        RuleForEach(x => x.SubsidyStandards).SetValidator(new SubsidyStandardDtoValidator());
        RuleFor(x => x.SubsidyStandards)
            .Must(s => s is null || s.Select(x => x.Year).Distinct().Count() == s.Count)
            .WithMessage("One subsidy standard per year. 每个年度只能设置一个补贴标准。");
    }
}

public sealed class SubsidyStandardDtoValidator : AbstractValidator<SubsidyStandardDto>
{
    public SubsidyStandardDtoValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.TrainingSubsidy).InclusiveBetween(0m, 100_000m).Must(TrainingRules.HasAtMostTwoDecimals)
            .WithMessage("At most two decimal places, 0–100000 yuan. 金额最多两位小数。");
        RuleFor(x => x.CertificationSubsidy).InclusiveBetween(0m, 100_000m).Must(TrainingRules.HasAtMostTwoDecimals)
            .WithMessage("At most two decimal places, 0–100000 yuan. 金额最多两位小数。");
    }
}

public sealed class CreateProgrammeHandler(TrainingDbContext db, IRegistryReader registry, IOptions<TrainingOptions> options, TimeProvider time)
    : ICommandHandler<CreateProgramme, ProgrammeResponse>
{
    public async ValueTask<ProgrammeResponse> Handle(CreateProgramme command, CancellationToken ct)
    {
        var provider = await registry.FindInstitutionAsync(command.ProviderInstitutionId, ct)
            ?? throw new FieldValidationException("providerInstitutionId", "No such institution in the register. 登记库中没有该机构。");
        if (provider.Status is "Revoked")
        {
            throw new ConflictException("The provider's registration is revoked. 该机构已被撤销。", "provider_revoked", "providerInstitutionId");
        }

        var now = time.GetUtcNow();
        var programme = new Programme
        {
            Name = command.Name.Trim(),
            Category = command.Category.Trim(),
            ProviderInstitutionId = provider.Id,
            ProviderName = provider.Name,
            ProviderStreetCode = provider.StreetCode,
            RequiredHours = command.RequiredHours,
            ActiveFromYear = command.ActiveFromYear,
            ActiveToYear = command.ActiveToYear,
            Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        programme.SubsidyStandards = (command.SubsidyStandards ?? []).Select(s => new SubsidyStandard
        {
            ProgrammeId = programme.Id,
            Year = s.Year,
            TrainingSubsidyFen = TrainingRules.ToFen(s.TrainingSubsidy),
            CertificationSubsidyFen = TrainingRules.ToFen(s.CertificationSubsidy),
        }).ToList();
        db.Set<Programme>().Add(programme);
        await db.SaveChangesAsync(ct);
        var isBase = provider.Titles.Any(options.Value.TrainingBaseTitles.Contains);
        return ProgrammeResponses.From(programme, options.Value, isBase);
    }
}
