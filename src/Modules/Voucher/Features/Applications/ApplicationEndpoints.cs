using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Voucher.Features.Applications;

internal static class ApplicationEndpoints
{
    public const string BasePath = "/api/v1/vouchers/applications";

    private const string ScopeNote = " Street officers see their street, API clients the declarations they made; others answer 404.";

    public static RouteGroupBuilder MapApplicationEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", async Task<Created<ApplicationResponse>> (SubmitApplication command, IMediator mediator, CancellationToken ct) =>
            {
                var application = await mediator.Send(command, ct);
                return TypedResults.Created($"{BasePath}/{application.Id}", application);
            })
            .RequireAuthorization(VoucherModule.Policies.Declare)
            .WithName("SubmitVoucherApplication").WithSummary("Declare a household (人员申报)")
            .WithIdempotency()
            .WithDescription("`{ batchId, applicantName, idNumber, phone, streetCode, address, group, householdSize?, evidenceNote? }`. "
                + "The ID number is validated (GB 11643); one declaration per household (keyed hash of the head's ID number) per batch, "
                + "enforced by a unique index (409 `duplicate_household`); `group` must be one of the batch's. Street officers declare "
                + "for their own street (403 otherwise); API clients with `vouchers.write` may declare.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async Task<Ok<PagedResult<ApplicationResponse>>> ([AsParameters] ListApplications query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ListVoucherApplications").WithSummary("List declarations (申报列表、审核队列)")
            .WithDescription("Filter by `batchId`, `status` (`Submitted` is the review queue), `streetCode`, `group`, `search` (name)." + ScopeNote)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<ApplicationResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetApplication(id), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("GetVoucherApplication").WithSummary("Get a declaration (申报详情)")
            .WithDescription("ID number and phone masked." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/approve", async Task<Ok<ApplicationResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveApplication(id), ct)))
            .RequireAuthorization(VoucherModule.Policies.Review)
            .WithName("ApproveVoucherApplication").WithSummary("Approve and issue (审核通过并发券)")
            .WithIdempotency()
            .WithDescription("Issues the household's voucher (unique code with a check character, value, validity) when the batch and the "
                + "street quota have one left — exactly, under any concurrency. 409 `batch_exhausted`, `street_quota_exhausted`, "
                + "`not_pending` or `batch_ended`, with nothing written. Street officers for their own street." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/reject", async Task<Ok<ApplicationResponse>> (
                Guid id, RejectApplicationRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectApplication(id, body.Reason), ct)))
            .RequireAuthorization(VoucherModule.Policies.Review)
            .WithName("RejectVoucherApplication").WithSummary("Reject a declaration (不予发放)")
            .WithIdempotency()
            .WithDescription("`{ reason }` (required). 409 `not_pending` when it was already reviewed." + ScopeNote)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return group;
    }
}
