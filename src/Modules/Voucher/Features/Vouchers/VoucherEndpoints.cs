using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Voucher.Features.Vouchers;

internal static class VoucherEndpoints
{
    private const string ScopeNote = " Street officers see their street's vouchers, institution operators and API clients only vouchers "
        + "that chose their institution(s); others answer 404.";

    private const string StepNote = " Optional `If-Match` (412 when stale). 409 `invalid_transition` from the wrong state, "
        + "`voucher_expired` on an unused voucher past its validity.";

    public static RouteGroupBuilder MapVoucherResourceEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<VoucherResponse>>> ([AsParameters] ListVouchers query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ListVouchers").WithSummary("List vouchers (促进就业券列表、服务队列)")
            .WithDescription("Filter by `batchId`, `status` (comma-separated), `institutionId`, `streetCode`, `code` prefix, `unsettled`; "
                + "sort by `issuedAt` (default descending), `updatedAt`, `code`, `status`, `scheduledFor`." + ScopeNote)
            .ProducesValidationProblem();

        group.MapGet("/groups", async Task<Ok<IReadOnlyList<VoucherGroup>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListGroups(), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ListVoucherGroups").WithSummary("Eligible groups (特定群体)")
            .WithDescription("`[{ code, name }]` from `Voucher:Groups`.");

        group.MapGet("/institutions", async Task<Ok<IReadOnlyList<CandidateInstitution>>> (
                string? businessFormat, string? streetCode, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCandidateInstitutions(businessFormat, streetCode), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ListVoucherInstitutions").WithSummary("Institutions a family may choose (机构筛选)")
            .WithDescription("Recognised, active institutions offering `businessFormat` (optionally in `streetCode`), by name.")
            .ProducesValidationProblem();

        group.MapGet("/by-code/{code}", async Task<Ok<VoucherResponse>> (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FindVoucherByCode(code), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("FindVoucherByCode").WithSummary("Find a voucher by its code (扫码查券)")
            .WithDescription("The code as printed or in the QR code (hyphens ignored). 400 when its check character is wrong." + ScopeNote)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", async Task<Ok<VoucherResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var voucher = await mediator.Send(new GetVoucher(id), ct);
                response.SetETag(voucher.Version);
                return TypedResults.Ok(voucher);
            })
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("GetVoucher").WithSummary("Get a voucher with its timeline (券详情)")
            .WithDescription("Code, value, validity, institution, service, follow-up, verification and `timeline`." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapStep<SelectInstitutionRequest>("/{id:guid}/select-institution", VoucherModule.Policies.Review,
                (id, body, version) => new SelectInstitution(id, body.InstitutionId, body.BusinessFormat, version))
            .WithName("SelectVoucherInstitution").WithSummary("Choose an institution (机构筛选)")
            .WithDescription("`{ institutionId, businessFormat }`: a recognised, active institution offering the format (409 "
                + "`institution_not_active` / `format_not_offered`). From `Issued` or `InstitutionSelected`. Officers." + StepNote + ScopeNote);

        group.MapStep<ScheduleServiceRequest>("/{id:guid}/schedule", VoucherModule.Policies.Services,
                (id, body, version) => new ScheduleService(id, body.ScheduledFor, version))
            .WithName("ScheduleVoucherService").WithSummary("Accept and schedule the home visit (受理预约)")
            .WithDescription("`{ scheduledFor }` between today and the end of validity. The chosen institution's operator or API client "
                + "(`vouchers.services.write`), or the district." + StepNote + ScopeNote);

        group.MapStep<RecordServiceRequest>("/{id:guid}/service", VoucherModule.Policies.Services,
                (id, body, version) => RecordService.From(id, body, version))
            .WithName("RecordVoucherService").WithSummary("Record the home service (上门服务登记)")
            .WithDescription("`{ workerName, serviceDate, durationMinutes, serviceItems, residentConfirmed }`; only a scheduled voucher "
                + "(an unselected one is 409); the resident must confirm." + StepNote + ScopeNote);

        group.MapStep<RecordFollowUpRequest>("/{id:guid}/follow-up", VoucherModule.Policies.Review,
                (id, body, version) => new RecordFollowUp(id, body.Date, body.Channel, body.Satisfaction, body.Issues, version))
            .WithName("RecordVoucherFollowUp").WithSummary("Record the follow-up visit (跟踪回访)")
            .WithDescription("`{ date, channel: Phone|Visit|Online, satisfaction: 1–5, issues? }` on a served voucher. Officers." + StepNote + ScopeNote);

        group.MapStep<VerifyVoucherRequest>("/{id:guid}/verify", VoucherModule.Policies.Review,
                (id, body, version) => new VerifyVoucher(id, body.Result, body.Note, version))
            .WithName("VerifyVoucher").WithSummary("Verify the service (服务核查)")
            .WithDescription("`{ result: Confirmed|Discrepancy, note }` (note required for a discrepancy) on a served or followed-up "
                + "voucher; an unserved one is 409. Only `Verified` vouchers can be reimbursed. Officers." + StepNote + ScopeNote);

        group.MapStep<VoidVoucherRequest>("/{id:guid}/void", VoucherModule.Policies.Manage,
                (id, body, version) => new VoidVoucher(id, body.Reason, version))
            .WithName("VoidVoucher").WithSummary("Void a voucher (作废)")
            .WithDescription("`{ reason }`. Only an unused voucher (issued, institution chosen or scheduled); its place returns to the "
                + "batch and the street quota. Admin or DistrictOfficer." + StepNote);

        group.MapPost("/expire-due", async Task<Ok<ExpireVouchersResult>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ExpireVouchers(), ct)))
            .RequireAuthorization(VoucherModule.Policies.Manage)
            .WithName("ExpireDueVouchers").WithSummary("Expire vouchers past their validity (到期处理)")
            .WithIdempotency()
            .WithDescription("Also runs hourly in the background. Answers `{ expired, voucherIds }`. Admin or DistrictOfficer.");

        return group;
    }

    private static RouteHandlerBuilder MapStep<TBody>(
        this RouteGroupBuilder group, string pattern, string policy, Func<Guid, TBody, string?, ICommand<VoucherResponse>> command) =>
        group.MapPost(pattern, async Task<Ok<VoucherResponse>> (Guid id, TBody body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? null : ETags.RequireIfMatch(request);
                var voucher = await mediator.Send(command(id, body, version), ct);
                request.HttpContext.Response.SetETag(voucher.Version);
                return TypedResults.Ok(voucher);
            })
            .RequireAuthorization(policy)
            .WithIdempotency()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
