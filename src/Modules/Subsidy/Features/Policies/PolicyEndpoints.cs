using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.Policies;

internal static class PolicyEndpoints
{
    public static RouteGroupBuilder MapPolicyEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<IReadOnlyList<PolicyResponse>>> (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPolicies(year), ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("ListSubsidyPolicies").WithSummary("The policy catalogue (补贴政策目录)")
            .WithDescription("The nine items of 一贴息七补贴一减免 for `year` (default: this year): each with its parameter definitions, "
                + "the version in force today (version 0 = configured default) and the year's history of versions.")
            .ProducesValidationProblem();

        group.MapPut("/{code}/years/{year:int}", async Task<Ok<PolicyResponse>> (
                string code, int year, SetPolicyParametersRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetPolicyParameters(code, year, body.EffectiveFrom, body.Values, body.Note), ct)))
            .RequireAuthorization(SubsidyModule.Policies.Manage)
            .WithName("SetSubsidyPolicyParameters").WithSummary("Set a year's parameters (设定年度政策参数)")
            .WithDescription("`{ effectiveFrom, values: { name: number }, note? }`: every parameter of the item, rates between 0 and 1. "
                + "Stored as a new version effective from the date (within the year); earlier versions stay, and the change is audited. "
                + "Applications computed afterwards name the version they used. District officers and admins.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return group;
    }
}
