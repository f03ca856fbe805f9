using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Filings;

internal static class FilingEndpoints
{
    public const string BasePath = "/api/v1/registry/filings";

    private const string Scoped = " A street officer sees only filings of their street's institutions, an institution operator or API "
        + "client only their institutions' filings; other ids answer 404.";

    private const string ReviewOnly = " District review (Admin, DistrictOfficer).";

    public static RouteGroupBuilder MapFilingEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", async Task<Created<EmployeeFilingResponse>> (SubmitFiling command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var filing = await mediator.Send(command, ct);
                response.SetETag(filing.Version);
                return TypedResults.Created($"{BasePath}/{filing.Id}", filing);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("SubmitEmployeeFiling").WithSummary("Submit an employee-based enterprise filing (申请员工制家政企业备案)")
            .WithIdempotency()
            .WithDescription("Declares the criteria (labour contracts with every worker, social insurance, unified dispatch, minimum wage "
                + "through a bank, ongoing training, written rules, staff count). Starts as `Submitted`. The institution must be in the "
                + "caller's scope (400 `errors.institutionId` otherwise); only one open filing per institution (409 `filing_pending`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async Task<Ok<PagedResult<EmployeeFilingResponse>>> ([AsParameters] ListFilings query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("ListEmployeeFilings").WithSummary("List employee-based enterprise filings (员工制备案列表)")
            .WithDescription("Filters: institutionId, status, expiringWithinDays (Filed filings ending within that many days, for "
                + "re-checks)." + Scoped)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<EmployeeFilingResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var filing = await mediator.Send(new GetFiling(id), ct);
                response.SetETag(filing.Version);
                return TypedResults.Ok(filing);
            })
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("GetEmployeeFiling").WithSummary("Get a filing (备案详情)")
            .WithDescription("The declared criteria, the unmet ones, status, review and validity." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/approve", async Task<Ok<EmployeeFilingResponse>> (
                Guid id, ApproveFilingRequest? body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var filing = await mediator.Send(new ApproveFiling(id, body?.Note), ct);
                response.SetETag(filing.Version);
                return TypedResults.Ok(filing);
            })
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("ApproveEmployeeFiling").WithSummary("Approve a filing (备案通过)")
            .WithIdempotency()
            .WithDescription("Submitted → Filed, valid from today (Asia/Shanghai) for `Registry:EmployeeFilingValidityMonths` months; the "
                + "institution becomes employee-based until then and `EmployeeFilingApproved` is published. Refused with 409 "
                + "`criteria_not_met` listing each unmet criterion (every declaration must be true and staffCount at least "
                + "`Registry:EmployeeFilingMinimumStaff`); 409 `invalid_transition` unless Submitted." + ReviewOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/reject", async Task<Ok<EmployeeFilingResponse>> (
                Guid id, RejectFilingRequest body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var filing = await mediator.Send(new RejectFiling(id, body.Reason), ct);
                response.SetETag(filing.Version);
                return TypedResults.Ok(filing);
            })
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("RejectEmployeeFiling").WithSummary("Reject a filing (备案不通过)")
            .WithIdempotency()
            .WithDescription("Submitted → Rejected; `reason` required. The institution may submit a new filing." + ReviewOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/expire-due", async Task<Ok<ExpireFilingsResult>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ExpireFilings(), ct)))
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("ExpireDueEmployeeFilings").WithSummary("Expire due filings now (备案到期处理)")
            .WithIdempotency()
            .WithDescription("Marks every Filed filing whose validUntil is before today as Expired, clears the institutions' "
                + "employee-based flag (unless a renewal is in force) and publishes `EmployeeFilingExpired`. The same work runs hourly "
                + "in the background (`Registry:FilingExpiryCheckInterval`)." + ReviewOnly);
        return group;
    }
}
