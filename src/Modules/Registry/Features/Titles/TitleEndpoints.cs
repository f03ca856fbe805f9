using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Titles;

internal static class TitleEndpoints
{
    private const string Scoped = " The institution must be in the caller's scope (404 otherwise).";

    private const string ReviewOnly = " District review (Admin, DistrictOfficer).";

    /// <summary>Maps under <c>/institutions/{institutionId}/titles</c>.</summary>
    public static RouteGroupBuilder MapTitleEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<IReadOnlyList<TitleGrantResponse>>> (Guid institutionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTitles(institutionId), ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("ListInstitutionTitles").WithSummary("Titles of an institution (机构品牌称号)")
            .WithDescription("Every title granted to the institution, current and withdrawn, newest year first." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("", async Task<Created<TitleGrantResponse>> (Guid institutionId, GrantTitleRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var title = await mediator.Send(new GrantTitle(institutionId, body.Title, body.Year), ct);
                return TypedResults.Created($"/api/v1/registry/institutions/{institutionId}/titles/{title.Id}", title);
            })
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("GrantInstitutionTitle").WithSummary("Grant a title (授予品牌称号)")
            .WithIdempotency()
            .WithDescription("Grants a title from `GET /api/v1/registry/titles` (自治区知名品牌, 包头市特色品牌, 百户十强, 领跑者, 培训示范基地, …) "
                + "for a year; the level comes from the catalogue. One record per institution, title and year: a repeat (even of a "
                + "withdrawn one) is a 409 `duplicate_title`." + Scoped + ReviewOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{titleId:guid}/withdraw", async Task<Ok<TitleGrantResponse>> (
                Guid institutionId, Guid titleId, WithdrawTitleRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawTitle(institutionId, titleId, body.Reason), ct)))
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("WithdrawInstitutionTitle").WithSummary("Withdraw a title (撤销品牌称号)")
            .WithIdempotency()
            .WithDescription("Withdraws a current title; `reason` required. It stays in the list as withdrawn; withdrawing twice is a "
                + "409 `already_withdrawn`." + Scoped + ReviewOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
