using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Voucher.Features.Settlements;

internal static class SettlementEndpoints
{
    public const string BasePath = "/api/v1/vouchers/settlements";

    private const string ScopeNote = " Institution operators and API clients see their own institutions' statements; the district all; "
        + "street officers none.";

    public static RouteGroupBuilder MapSettlementEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", async Task<Created<SettlementResponse>> (CreateSettlement command, IMediator mediator, CancellationToken ct) =>
            {
                var settlement = await mediator.Send(command, ct);
                return TypedResults.Created($"{BasePath}/{settlement.Id}", settlement);
            })
            .RequireAuthorization(VoucherModule.Policies.Services)
            .WithName("CreateVoucherSettlement").WithSummary("Submit a settlement statement (提交结算单)")
            .WithIdempotency()
            .WithDescription("`{ batchId, institutionId, voucherIds? }`: the listed vouchers or every verified, unsettled voucher of the "
                + "institution in the batch. Only `Verified` vouchers (409 `not_verified`); the batch's reimbursements never exceed its "
                + "total value (409 `batch_value_exceeded`, enforced by the database). The institution's operator or API client, or the district.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async Task<Ok<PagedResult<SettlementResponse>>> ([AsParameters] ListSettlements query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ListVoucherSettlements").WithSummary("List settlement statements (结算单列表)")
            .WithDescription("Filter by `batchId`, `institutionId`, `status`." + ScopeNote)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<SettlementResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSettlement(id), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("GetVoucherSettlement").WithSummary("Get a settlement statement (结算单详情)")
            .WithDescription("With its vouchers." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/approve", async Task<Ok<SettlementResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveSettlement(id), ct)))
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("ApproveVoucherSettlement").WithSummary("Approve a statement (结算审批)")
            .WithIdempotency()
            .WithDescription("`Submitted` → `Approved` (a returned statement cannot be approved: 409). Admin or DistrictOfficer.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/pay", async Task<Ok<SettlementResponse>> (Guid id, PaySettlementRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PaySettlement(id, body.PaidOn, body.Reference), ct)))
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("PayVoucherSettlement").WithSummary("Mark a statement paid (登记支付)")
            .WithIdempotency()
            .WithDescription("`{ paidOn, reference }`; `Approved` → `Paid`, its vouchers → `Reimbursed`. Admin or DistrictOfficer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/reject", async Task<Ok<SettlementResponse>> (Guid id, RejectSettlementRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectSettlement(id, body.Reason), ct)))
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("RejectVoucherSettlement").WithSummary("Return a statement to the institution (结算单退回)")
            .WithIdempotency()
            .WithDescription("`{ reason }` (required, at most 1000 characters); `Submitted` or `Approved` → `Rejected` (409 `invalid_transition` "
                + "once paid or already returned). The amount leaves the batch's settled value and the vouchers are unlinked, still `Verified`, "
                + "so the institution can submit a corrected statement (结算单) with them. Audited and published as `VoucherSettlementChanged`. "
                + "Admin or DistrictOfficer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return group;
    }
}
