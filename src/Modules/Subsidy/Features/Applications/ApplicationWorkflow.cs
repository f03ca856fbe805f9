using Jiafu.Contracts.Subsidy;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>
/// The review, payment and recovery transitions. Each runs in one transaction: the fund movement (a conditional update),
/// the ledger entry, the status change (guarded by the application's concurrency token) and the outbox event — all or
/// nothing.
/// </summary>
public sealed class ApplicationWorkflow(
    SubsidyDbContext db, FundLedger fund, SubsidyCalculator calculator, ClaimRegister claims, IPersonalDataProtector protector, ICurrentUser current,
    TimeProvider time)
{
    public Task<SubsidyApplicationResponse> StreetApproveAsync(Guid id, string? comment, CancellationToken ct) =>
        RunAsync(id, "StreetApprove", [SubsidyApplicationStatus.Submitted], SubsidyApplicationStatus.StreetApproved, comment, ct, a =>
        {
            EnsureNotOwn(a);
            var scope = DataScope.From(current);
            if (scope.Kind == DataScopeKind.Institutions)
            {
                throw new ForbiddenException("Only officers review applications. 仅经办干部可以审核。");
            }

            a.StreetReviewerId = current.Id;
            return Task.CompletedTask;
        });

    public Task<SubsidyApplicationResponse> DistrictApproveAsync(Guid id, string? comment, CancellationToken ct) =>
        RunAsync(id, "DistrictApprove", [SubsidyApplicationStatus.StreetApproved], SubsidyApplicationStatus.Approved, comment, ct, async a =>
        {
            EnsureNotOwn(a);
            if (a.StreetReviewerId is not null && a.StreetReviewerId == current.Id)
            {
                throw new ForbiddenException("The second review must be done by someone other than the first reviewer. 复审人不能与初审人相同。");
            }

            await fund.ReserveAsync(a, SubsidyRules.Actor(current), SubsidyRules.Now(time), ct);
            db.AddIntegrationEvent(new SubsidyApplicationApproved(a.Id, a.ItemCode, a.Year, a.InstitutionId, a.StreetCode, SubsidyRules.ToYuan(a.AmountFen)));
        });

    public Task<SubsidyApplicationResponse> ReturnAsync(Guid id, string comment, CancellationToken ct) =>
        RunAsync(id, "Return", [SubsidyApplicationStatus.Submitted, SubsidyApplicationStatus.StreetApproved], SubsidyApplicationStatus.Returned, comment, ct, a =>
        {
            EnsureReviewerOf(a);
            return Task.CompletedTask;
        });

    /// <summary>A returned application corrected and submitted again: recomputed with the parameters in force, its claims replaced.</summary>
    public Task<SubsidyApplicationResponse> ResubmitAsync(Guid id, ApplicationInputs inputs, string? comment, CancellationToken ct) =>
        RunAsync(id, "Resubmit", [SubsidyApplicationStatus.Returned], SubsidyApplicationStatus.Submitted, comment, ct, async a =>
        {
            var scope = DataScope.From(current);
            if (scope.Kind != DataScopeKind.Institutions && a.CreatedById != current.Id)
            {
                throw new ForbiddenException("Only the institution or the officer who submitted it resubmits. 仅申请机构或原提交人可以重新提交。");
            }

            // Its own claims go first (in this transaction), so the recalculation sees the months, reductions and records they held
            // as free again; a refusal below rolls the release back.
            await claims.ReleaseAsync(a.Id, ct);
            var (calculation, _) = await calculator.CalculateAsync(a.ItemCode, a.Year, a.InstitutionId, inputs, ct);
            if (!calculation.Eligible)
            {
                throw new ConflictException(calculation.Reason ?? "Not eligible. 不符合条件。", "not_eligible", calculation.ReasonField);
            }

            await claims.AddAsync(a.Id, calculation, ct);
            a.AmountFen = SubsidyRules.ToFen(calculation.Amount);
            a.InputsJson = System.Text.Json.JsonSerializer.Serialize(inputs.ForStorage(protector), SubsidyApplicationResponses.Json);
            a.BreakdownJson = System.Text.Json.JsonSerializer.Serialize(calculation, SubsidyApplicationResponses.Json);
            a.ParameterVersion = calculation.ParameterVersion;
            a.StreetReviewerId = null;
        });

    public Task<SubsidyApplicationResponse> RejectAsync(Guid id, string comment, CancellationToken ct) =>
        RunAsync(id, "Reject", [SubsidyApplicationStatus.Submitted, SubsidyApplicationStatus.StreetApproved, SubsidyApplicationStatus.Returned, SubsidyApplicationStatus.Approved],
            SubsidyApplicationStatus.Rejected, comment, ct, async a =>
            {
                EnsureReviewerOf(a);
                if (a.Status == SubsidyApplicationStatus.Approved)
                {
                    EnsureDistrict("Only the district revokes an approval. 仅区级可以撤销已通过的申请。");
                    await fund.ReleaseAsync(a, comment, SubsidyRules.Actor(current), SubsidyRules.Now(time), ct);
                }

                // The claims go with the rejection (and the limits they counted against): the subject may be applied for again.
                await claims.ReleaseAsync(a.Id, ct);
            });

    public Task<SubsidyApplicationResponse> PayAsync(Guid id, DateOnly paidOn, string bankReference, CancellationToken ct) =>
        RunAsync(id, "Pay", [SubsidyApplicationStatus.Approved], SubsidyApplicationStatus.Paid, bankReference, ct, async a =>
        {
            if (paidOn > SubsidyRules.Today(time) || paidOn < DateOnly.FromDateTime(a.CreatedAt.UtcDateTime).AddDays(-1))
            {
                throw new FieldValidationException("paidOn", "The payment date must be between the application's date and today. 拨付日期须在申请日期至今天之间。");
            }

            a.PaidOn = paidOn;
            a.BankReference = bankReference;
            await fund.PayAsync(a, bankReference, SubsidyRules.Actor(current), SubsidyRules.Now(time), ct);
            db.AddIntegrationEvent(new SubsidyApplicationPaid(a.Id, a.ItemCode, a.Year, a.InstitutionId, SubsidyRules.ToYuan(a.AmountFen), paidOn, bankReference));
        });

    public Task<SubsidyApplicationResponse> OrderRecoveryAsync(Guid id, string reason, CancellationToken ct) =>
        RunAsync(id, "OrderRecovery", [SubsidyApplicationStatus.Paid], SubsidyApplicationStatus.RecoveryOrdered, reason, ct, a =>
        {
            a.RecoveryReason = reason;
            return Task.CompletedTask;
        });

    public Task<SubsidyApplicationResponse> CompleteRecoveryAsync(Guid id, DateOnly recoveredOn, string reference, CancellationToken ct) =>
        RunAsync(id, "Recover", [SubsidyApplicationStatus.RecoveryOrdered], SubsidyApplicationStatus.Recovered, reference, ct, async a =>
        {
            if (recoveredOn > SubsidyRules.Today(time) || (a.PaidOn is { } paid && recoveredOn < paid))
            {
                throw new FieldValidationException("recoveredOn", "The recovery date must be between the payment date and today. 追回日期须在拨付日期至今天之间。");
            }

            a.RecoveredOn = recoveredOn;
            a.RecoveryReference = reference;
            await fund.RecoverAsync(a, a.RecoveryReason, SubsidyRules.Actor(current), SubsidyRules.Now(time), ct);
            db.AddIntegrationEvent(new SubsidyApplicationRecovered(a.Id, a.ItemCode, a.Year, a.InstitutionId, SubsidyRules.ToYuan(a.AmountFen), a.RecoveryReason ?? ""));
        });

    private async Task<SubsidyApplicationResponse> RunAsync(
        Guid id, string action, SubsidyApplicationStatus[] from, SubsidyApplicationStatus to, string? comment, CancellationToken ct, Func<SubsidyApplication, Task> apply)
    {
        // SQLite: BEGIN IMMEDIATE (writers queue on the busy timeout); SQL Server: the conditional updates lock the rows.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var application = await SubsidyApplicationResponses.FindVisibleAsync(db, id, current, ct);
        if (!from.Contains(application.Status))
        {
            throw new ConflictException(
                $"The application is {application.Status}; {action} is not possible now. 当前状态下不能执行该操作。", "invalid_transition");
        }

        var fromStatus = application.Status;
        await apply(application);
        var now = SubsidyRules.Now(time);
        application.Status = to;
        application.UpdatedAt = now;
        application.Version = Guid.NewGuid();
        application.Reviews.Add(new ApplicationReview
        {
            Action = action, FromStatus = fromStatus, ToStatus = to, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Actor = SubsidyRules.Actor(current), ActorId = current.Id, At = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The application was changed by someone else meanwhile. 该申请已被他人处理。", "concurrent_update");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException("Already claimed for this item and period. 已就该项目和期间申请过，不能重复申请。", "duplicate_claim");
        }

        await transaction.CommitAsync(ct);
        return SubsidyApplicationResponses.From(application, protector);
    }

    /// <summary>Nobody reviews their own submission (an officer may apply on an institution's behalf).</summary>
    private void EnsureNotOwn(SubsidyApplication a)
    {
        if (current.Id is not null && a.CreatedById == current.Id)
        {
            throw new ForbiddenException("You cannot review your own submission. 不能审核本人提交的申请。");
        }
    }

    /// <summary>Return and reject: an officer who is not the submitter; after the street review, only the district.</summary>
    private void EnsureReviewerOf(SubsidyApplication a)
    {
        EnsureNotOwn(a);
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            throw new ForbiddenException("Only officers review applications. 仅经办干部可以审核。");
        }

        if (a.Status != SubsidyApplicationStatus.Submitted)
        {
            EnsureDistrict("After the street review only the district decides. 街道审核后由区级复审。");
        }
    }

    private void EnsureDistrict(string message)
    {
        if (DataScope.From(current).Kind != DataScopeKind.District)
        {
            throw new ForbiddenException(message);
        }
    }
}
