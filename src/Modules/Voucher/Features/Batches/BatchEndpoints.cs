using Jiafu.Shared.Paging;
using Jiafu.Voucher.Features.Applications;
using Jiafu.Voucher.Features.Vouchers;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Batches;

internal static class BatchEndpoints
{
    public const string BasePath = "/api/v1/vouchers/batches";

    public static RouteGroupBuilder MapBatchEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", async Task<Created<BatchResponse>> (CreateBatch command, IMediator mediator, CancellationToken ct) =>
            {
                var batch = await mediator.Send(command, ct);
                return TypedResults.Created($"{BasePath}/{batch.Id}", batch);
            })
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("CreateVoucherBatch").WithSummary("Create a voucher batch (创建促进就业券发放批次)")
            .WithIdempotency()
            .WithDescription("`{ name, year, quantity, faceValue, eligibleGroups, validFrom, validUntil, streetQuotas? }`. Quantity and "
                + "total value (quantity × face value, at most `Voucher:MaxBatchValue`) are hard limits enforced by the database; "
                + "optional per-street quotas `[{ streetCode, quota }]` add up to at most the quantity. Admin or DistrictOfficer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async Task<Ok<PagedResult<BatchResponse>>> ([AsParameters] ListBatches query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ListVoucherBatches").WithSummary("List voucher batches (发放批次列表)")
            .WithDescription("Each batch with `issuedCount`, `remaining`, values and `progress` (issued / served / verified / reimbursed, "
                + "count and value). Sort by `createdAt` (default descending), `name` or `year`.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<BatchResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBatch(id), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("GetVoucherBatch").WithSummary("Get a voucher batch (批次详情)")
            .WithDescription("`quantity`, `issuedCount`, `remaining`, `totalValue`, `issuedValue`, `remainingValue`, `settledValue`, "
                + "`progress` and the street quotas with their use.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/issue", async Task<Ok<IssuanceResult>> (
                Guid id, IssueApprovedApplicationsRequest? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new IssueApprovedApplications(id, body?.ApplicationIds), ct)))
            .RequireAuthorization(VoucherModule.Policies.Review)
            .WithName("IssueVoucherBatch").WithSummary("Batch issuance (批量审核发券)")
            .WithIdempotency()
            .WithDescription("Approves the listed declarations `{ applicationIds }` of the batch — or, without a body, every pending "
                + "declaration in the caller's scope — and issues one voucher each, oldest first, until the batch or a street quota "
                + "runs out (应发尽发). Answers `{ requested, issued, issuedApplicationIds, notIssued: [{ applicationId, code, reason }] }`. "
                + "Street officers act on their own street.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/samples", async Task<Created<SampleResponse>> (
                Guid id, DrawSampleRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var sample = await mediator.Send(new DrawVerificationSample(id, body.Rate, body.Seed), ct);
                return TypedResults.Created($"{BasePath}/{id}/samples/{sample.Id}", sample);
            })
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("DrawVoucherSample").WithSummary("Draw a verification sample (抽样核查)")
            .WithIdempotency()
            .WithDescription("Draws `rate` (0 < rate ≤ 1) of the batch's served, not yet verified vouchers for follow-up calls. The "
                + "`seed` (hex; generated when omitted) is recorded: the same seed over the same population draws the same vouchers. "
                + "Admin or DistrictOfficer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/samples", async Task<Ok<IReadOnlyList<SampleResponse>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListVerificationSamples(id), ct)))
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("ListVoucherSamples").WithSummary("Verification samples of a batch (抽样记录)")
            .WithDescription("Every draw, newest first, with its rate, seed, population and vouchers. Admin or DistrictOfficer.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}
