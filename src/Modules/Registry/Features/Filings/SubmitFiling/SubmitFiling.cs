using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Filings;

/// <summary>
/// Submit an employee-based enterprise filing (申请员工制家政企业备案) declaring the criteria. One open (Submitted)
/// filing per institution; a filed institution may submit its renewal.
/// </summary>
/// <param name="InstitutionId">The filing institution; must be in the caller's scope.</param>
/// <param name="AllWorkersContracted">Labour contracts or service agreements with every worker (签订劳动合同或服务协议).</param>
/// <param name="SocialInsurancePaid">Social insurance paid for the staff (缴纳社会保险).</param>
/// <param name="UnifiedDispatch">Unified dispatch of the workers (统一派遣).</param>
/// <param name="MinimumWagePaidThroughBank">Wages at least the minimum wage, paid through a bank (工资不低于最低工资并通过银行发放).</param>
/// <param name="OngoingTraining">Ongoing training (持续开展培训).</param>
/// <param name="WrittenManagementRules">Written management rules (书面管理制度).</param>
/// <param name="StaffCount">Number of staff (从业人员总数); at least <c>Registry:EmployeeFilingMinimumStaff</c> to be approved.</param>
public sealed record SubmitFiling(
    Guid InstitutionId,
    bool AllWorkersContracted,
    bool SocialInsurancePaid,
    bool UnifiedDispatch,
    bool MinimumWagePaidThroughBank,
    bool OngoingTraining,
    bool WrittenManagementRules,
    int StaffCount) : ICommand<EmployeeFilingResponse>;

public sealed class SubmitFilingValidator : AbstractValidator<SubmitFiling>
{
    public SubmitFilingValidator()
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.StaffCount).InclusiveBetween(0, 1_000_000);
    }
}

public sealed class SubmitFilingHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, TimeProvider time)
    : ICommandHandler<SubmitFiling, EmployeeFilingResponse>
{
    public async ValueTask<EmployeeFilingResponse> Handle(SubmitFiling command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == command.InstitutionId, ct);
        if (institution is null || !scope.AllowsInstitution(institution.Id, institution.StreetCode))
        {
            throw new FieldValidationException("institutionId", "No such institution in your scope. 机构不存在或不在您的管辖范围内。");
        }

        if (await db.Set<EmployeeFiling>().AnyAsync(f => f.InstitutionId == institution.Id && f.Status == FilingStatus.Submitted, ct))
        {
            throw Pending();
        }

        var now = time.GetUtcNow();
        var filing = new EmployeeFiling
        {
            InstitutionId = institution.Id,
            AllWorkersContracted = command.AllWorkersContracted,
            SocialInsurancePaid = command.SocialInsurancePaid,
            UnifiedDispatch = command.UnifiedDispatch,
            MinimumWagePaidThroughBank = command.MinimumWagePaidThroughBank,
            OngoingTraining = command.OngoingTraining,
            WrittenManagementRules = command.WrittenManagementRules,
            StaffCount = command.StaffCount,
            Status = FilingStatus.Submitted,
            SubmittedAt = now,
            SubmittedBy = current.Name,
        };
        db.Set<EmployeeFiling>().Add(filing);

        // The schema has no unique "one open filing per institution" index, so the institution's concurrency token
        // serialises submissions: of two racing submits, the second save fails and is answered like the check above.
        institution.Touch(now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (await db.Set<EmployeeFiling>().AnyAsync(f => f.InstitutionId == institution.Id && f.Status == FilingStatus.Submitted, ct))
            {
                throw Pending();
            }

            throw new ConflictException("The institution was changed meanwhile; please submit again. 机构信息已被修改，请重新提交。");
        }

        return FilingRules.ToResponse(filing, institution.Name, options.Value.EmployeeFilingMinimumStaff);
    }

    private static ConflictException Pending() => new(
        "This institution already has a filing waiting for review. 该机构已有待审核的备案申请。", "filing_pending", "institutionId");
}
