using Jiafu.Shared.Paging;
using Jiafu.Subsidy.Features.Rules;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.Applications;

internal static class ApplicationEndpoints
{
    public const string BasePath = "/api/v1/subsidy/applications";

    private const string ScopeNote = " Institutions see their own applications, street officers their street's; others answer 404.";

    public static RouteGroupBuilder MapApplicationEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/preview", async Task<Ok<Calculation>> (PreviewCalculation query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(SubsidyModule.Policies.Apply)
            .WithName("PreviewSubsidyCalculation").WithSummary("Preview the calculation (补贴测算)")
            .WithDescription("Same body as submitting. Computes the amount and breakdown (inputs, parameter version and values, each "
                + "step, eligibility with the reason — institution not active, no employee-based filing, class not completed, a "
                + "person's months or a household's reductions used up) without saving anything.")
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<SubsidyApplicationResponse>> (SubmitSubsidyApplication command, IMediator mediator, CancellationToken ct) =>
            {
                var application = await mediator.Send(command, ct);
                return TypedResults.Created($"{BasePath}/{application.Id}", application);
            })
            .RequireAuthorization(SubsidyModule.Policies.Apply)
            .WithIdempotency()
            .WithName("SubmitSubsidyApplication").WithSummary("Apply for a subsidy (提交补贴申请)")
            .WithDescription("`{ itemCode, year, institutionId, inputs }`. Items and their inputs: `UnemploymentInsuranceRefund` (失业保险返还: "
                + "`insuredStaff`, `laidOffStaff`, `lastYearPremium`), `Award` (奖补: `awardCategory`, `requestedAmount`), `TrainingSubsidy` "
                + "and `CertificationSubsidy` (培训/鉴定补贴: `classId`), `LoanInterestDiscount` (创业担保贷款贴息: `lender`, "
                + "`loanContractNumber`, `loanPrincipal`, `loanStartDate`, `loanEndDate`, `interestStatements[{ month, interestPaid }]`), "
                + "`SocialInsuranceSubsidy` (社保补贴: `staff[{ idNumber, name, category, fromMonth, toMonth }]`), `AccidentInsuranceSubsidy` "
                + "and `HealthCheckSubsidy` (意外伤害保险/健康体检补贴: `staff[{ idNumber, name, cost }]`), `ServiceFeeReduction` "
                + "(服务费用减免: no inputs; the institution's imported, unclaimed service records of the year). The amount and its "
                + "breakdown are computed and stored (ID numbers encrypted, masked in the breakdown). 409 `not_eligible` with the "
                + "reason (institution not active, no employee-based filing, class not completed, …); 409 `duplicate_claim` when the "
                + "enterprise, award category, trainee, person and month/year, loan statement month or service record was already "
                + "claimed (database unique index); 409 `claim_limit` when a person's months or a household's reductions would pass "
                + "the maximum (database conditional update). Institutions apply for themselves, street officers for their street's "
                + "institutions.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async Task<Ok<PagedResult<SubsidyApplicationResponse>>> ([AsParameters] ListSubsidyApplications query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("ListSubsidyApplications").WithSummary("List applications (补贴申请列表、审核队列)")
            .WithDescription("Filter by `status` (`Submitted` = street queue, `StreetApproved` = district queue), `itemCode`, `year`, "
                + "`institutionId`, `streetCode`." + ScopeNote)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<SubsidyApplicationResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSubsidyApplication(id), ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("GetSubsidyApplication").WithSummary("Get an application (补贴申请详情)")
            .WithDescription("With the stored breakdown and the review history." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Transition<StreetApproveApplicationRequest>(group, "/street-approve", SubsidyModule.Policies.StreetReview,
            (id, b) => new StreetApproveApplication(id, b.Comment),
            "StreetApproveSubsidyApplication", "Street review: approve (街道初审通过)",
            "`{ comment? }`. `Submitted` → `StreetApproved`. Street officers for their street; not the submitter (403).");
        Transition<DistrictApproveApplicationRequest>(group, "/district-approve", SubsidyModule.Policies.Manage,
            (id, b) => new DistrictApproveApplication(id, b.Comment),
            "DistrictApproveSubsidyApplication", "District review: approve (区级复审通过)",
            "`{ comment? }`. `StreetApproved` → `Approved`, reserving the amount in the year's allocation for the item — never beyond it, "
            + "under any concurrency (409 `fund_exhausted` / `no_allocation`, nothing written). Not the submitter nor the street reviewer (403).");
        Transition<ReturnApplicationRequest>(group, "/return", SubsidyModule.Policies.StreetReview,
            (id, b) => new ReturnApplication(id, b.Comment),
            "ReturnSubsidyApplication", "Return for correction (退回修改)",
            "`{ comment }`. From `Submitted` (street or district) or `StreetApproved` (district).");
        Transition<ResubmitApplicationRequest>(group, "/resubmit", SubsidyModule.Policies.Apply,
            (id, b) => new ResubmitApplication(id, b.Inputs, b.Comment),
            "ResubmitSubsidyApplication", "Resubmit a returned application (修改后重新提交)",
            "`{ inputs, comment? }`. `Returned` → `Submitted`: recomputed with the parameters in force and its claims replaced "
            + "(409 `not_eligible`, `duplicate_claim`, `claim_limit`). The institution, or the officer who submitted it.");
        Transition<RejectSubsidyApplicationRequest>(group, "/reject", SubsidyModule.Policies.StreetReview,
            (id, b) => new RejectSubsidyApplication(id, b.Comment),
            "RejectSubsidyApplication", "Reject (不予通过)",
            "`{ comment }`. From `Submitted`, `Returned`, `StreetApproved` (district) or `Approved` (district; the reservation is released). "
            + "The application's claims are removed.");
        Transition<PayApplicationRequest>(group, "/pay", SubsidyModule.Policies.Manage,
            (id, b) => new PayApplication(id, b.PaidOn, b.BankReference),
            "PaySubsidyApplication", "Record the payment (拨付)",
            "`{ paidOn, bankReference }`. `Approved` → `Paid`; the reservation becomes paid. District officers.");
        Transition<OrderRecoveryRequest>(group, "/recovery", SubsidyModule.Policies.Manage,
            (id, b) => new OrderRecovery(id, b.Reason),
            "OrderSubsidyRecovery", "Issue a recovery order (下达追回)",
            "`{ reason }`. `Paid` → `RecoveryOrdered`. District officers.");
        Transition<CompleteRecoveryRequest>(group, "/recovery/complete", SubsidyModule.Policies.Manage,
            (id, b) => new CompleteRecovery(id, b.RecoveredOn, b.Reference),
            "CompleteSubsidyRecovery", "Record the recovered money (追回到账)",
            "`{ recoveredOn, reference }`. `RecoveryOrdered` → `Recovered`; the amount returns to the item's budget. District officers.");
        return group;
    }

    private static void Transition<TBody>(
        RouteGroupBuilder group, string path, string policy, Func<Guid, TBody, ICommand<SubsidyApplicationResponse>> command,
        string name, string summary, string description)
    {
        group.MapPost("/{id:guid}" + path, async Task<Ok<SubsidyApplicationResponse>> (Guid id, TBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command(id, body), ct)))
            .RequireAuthorization(policy)
            .WithIdempotency()
            .WithName(name).WithSummary(summary)
            .WithDescription(description + " 409 `invalid_transition` or `concurrent_update` otherwise." + ScopeNote)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
