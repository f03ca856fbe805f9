using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Surveys;

internal static class SurveyEndpoints
{
    public static RouteGroupBuilder MapSurveyEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<SurveyResponse>>> ([AsParameters] ListSurveys query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTrainingSurveys").WithSummary("Training-needs surveys (培训需求调查)")
            .WithDescription("Filters `streetCode`, `year`; newest first. Street officers see their street's surveys; institution operators none.")
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<SurveyResponse>> (CreateSurvey command, IMediator mediator, CancellationToken ct) =>
            {
                var survey = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/training/surveys/{survey.Id}", survey);
            })
            .RequireAuthorization(TrainingModule.Policies.Survey)
            .WithName("CreateTrainingSurvey").WithSummary("Record a training-needs survey (登记培训需求调查)")
            .WithIdempotency()
            .WithDescription("Street, date, respondent type, respondents, how many are willing to train (培训意愿) and the categories asked "
                + "for. District officers for any street, street officers for their own (403 otherwise).")
            .ProducesValidationProblem();
        return group;
    }
}
