using FluentValidation;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Surveys;

/// <summary>Record a training-needs survey (培训需求调查): where, whom, how many, how many willing, which categories.</summary>
/// <param name="RespondentType">Household (居民家庭), Jobseeker (求职者), Worker (从业人员) or Institution (机构).</param>
/// <param name="WillingCount">Respondents willing to train (有培训意愿), at most <paramref name="RespondentCount"/>.</param>
/// <param name="Categories">Programme category codes asked for.</param>
public sealed record CreateSurvey(
    string StreetCode, DateOnly SurveyedOn, SurveyRespondentType? RespondentType, int RespondentCount, int WillingCount,
    IReadOnlyList<string>? Categories, string? Notes) : ICommand<SurveyResponse>;

public sealed record SurveyResponse(
    Guid Id, string StreetCode, DateOnly SurveyedOn, SurveyRespondentType RespondentType, int RespondentCount, int WillingCount,
    IReadOnlyList<string> Categories, string? Notes, string? CreatedBy, DateTimeOffset CreatedAt)
{
    internal static SurveyResponse From(NeedsSurvey s) =>
        new(s.Id, s.StreetCode, s.SurveyedOn, s.RespondentType, s.RespondentCount, s.WillingCount, s.Categories, s.Notes, s.CreatedBy, s.CreatedAt);
}

public sealed class CreateSurveyValidator : AbstractValidator<CreateSurvey>
{
    public CreateSurveyValidator(IOptions<TrainingOptions> options, IOptions<DistrictOptions> district, TimeProvider time)
    {
        var categories = options.Value.EffectiveCategories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        RuleFor(x => x.StreetCode).NotEmpty().Must(s => s is null || district.Value.IsKnownStreet(s.Trim()))
            .WithMessage("Unknown street code. 街道代码无效。");
        RuleFor(x => x.SurveyedOn).NotEmpty().Must(d => d <= TrainingRules.Today(time))
            .WithMessage("The survey date cannot be in the future. 调查日期不能晚于今天。");
        RuleFor(x => x.RespondentType).NotNull().IsInEnum();
        RuleFor(x => x.RespondentCount).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.WillingCount).GreaterThanOrEqualTo(0).LessThanOrEqualTo(x => x.RespondentCount)
            .WithMessage("willingCount must be between 0 and respondentCount. 有意愿人数不能超过调查人数。");
        RuleFor(x => x.Categories).Must(c => c is null || c.All(x => categories.Contains(x)))
            .WithMessage("Unknown category; see GET /api/v1/training/categories. 培训类别无效。");
        RuleFor(x => x.Notes).MaximumLength(1000);
    }
}

public sealed class CreateSurveyHandler(TrainingDbContext db, ICurrentUser current, TimeProvider time) : ICommandHandler<CreateSurvey, SurveyResponse>
{
    public async ValueTask<SurveyResponse> Handle(CreateSurvey command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (!scope.AllowsStreet(command.StreetCode.Trim()))
        {
            throw new ForbiddenException("You can only record surveys of your own street. 只能登记本街道的调查。");
        }

        var survey = new NeedsSurvey
        {
            StreetCode = command.StreetCode.Trim(),
            SurveyedOn = command.SurveyedOn,
            RespondentType = command.RespondentType!.Value,
            RespondentCount = command.RespondentCount,
            WillingCount = command.WillingCount,
            Categories = (command.Categories ?? []).Distinct().ToList(),
            Notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(),
            CreatedBy = current.Name,
            CreatedAt = time.GetUtcNow(),
        };
        db.Set<NeedsSurvey>().Add(survey);
        await db.SaveChangesAsync(ct);
        return SurveyResponse.From(survey);
    }
}
