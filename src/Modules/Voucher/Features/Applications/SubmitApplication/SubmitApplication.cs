using FluentValidation;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>Declare a household for a batch (人员申报), on the family's behalf.</summary>
/// <param name="IdNumber">The head of household's resident ID number (GB 11643): the household's identity; one declaration per household and batch.</param>
/// <param name="Phone">Mainland mobile or landline.</param>
/// <param name="Group">One of the batch's eligible group codes.</param>
public sealed record SubmitApplication(
    Guid BatchId,
    string ApplicantName,
    string IdNumber,
    string Phone,
    string StreetCode,
    string Address,
    string Group,
    int? HouseholdSize,
    string? EvidenceNote) : ICommand<ApplicationResponse>;

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public SubmitApplicationValidator(IOptions<DistrictOptions> district)
    {
        RuleFor(x => x.BatchId).NotEmpty();
        RuleFor(x => x.ApplicantName).NotEmpty().MaximumLength(50);
        RuleFor(x => x.IdNumber).NotEmpty().ResidentIdNumber();
        RuleFor(x => x.Phone).NotEmpty().ChinaPhone();
        RuleFor(x => x.StreetCode).NotEmpty().Must(district.Value.IsKnownStreet).WithMessage("Unknown street code. 街道代码无效。");
        RuleFor(x => x.Address).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Group).NotEmpty().MaximumLength(50);
        RuleFor(x => x.HouseholdSize).InclusiveBetween(1, 30);
        RuleFor(x => x.EvidenceNote).MaximumLength(1000);
    }
}

public sealed class SubmitApplicationHandler(
    VoucherDbContext db, ICurrentUser current, IPersonalDataProtector protector, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<SubmitApplication, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(SubmitApplication command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions && !current.IsClient)
        {
            throw new ForbiddenException("Institution operators cannot declare households. 机构经办人不能申报。");
        }

        var streetCode = command.StreetCode.Trim();
        scope.EnsureStreetAllowed(streetCode);
        var batch = await db.Set<VoucherBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == command.BatchId, ct)
            ?? throw new FieldValidationException("batchId", "No such batch. 批次不存在。");
        var group = command.Group.Trim();
        if (!batch.EligibleGroups.Contains(group))
        {
            throw new FieldValidationException("group", "This group is not eligible in the batch. 该群体不在本批次发放范围内。");
        }

        if (batch.ValidUntil < VoucherRules.Today(time))
        {
            throw new ConflictException("The batch's validity has ended; declarations are closed. 批次已过有效期，申报已截止。", "batch_ended");
        }

        var idNumber = ResidentIdNumber.Normalize(command.IdNumber)!;
        var householdHash = protector.LookupHash(idNumber);
        if (await db.Set<VoucherApplication>().AnyAsync(a => a.BatchId == batch.Id && a.HouseholdHash == householdHash, ct))
        {
            throw Duplicate();
        }

        var phone = command.Phone.Trim();
        var application = new VoucherApplication
        {
            BatchId = batch.Id,
            ApplicantName = command.ApplicantName.Trim(),
            IdNumberEncrypted = protector.Encrypt(idNumber),
            IdNumberMasked = Mask.IdNumber(idNumber),
            HouseholdHash = householdHash,
            PhoneEncrypted = protector.Encrypt(phone),
            PhoneMasked = Mask.Phone(phone),
            StreetCode = streetCode,
            Address = command.Address.Trim(),
            Group = group,
            HouseholdSize = command.HouseholdSize,
            EvidenceNote = string.IsNullOrWhiteSpace(command.EvidenceNote) ? null : command.EvidenceNote.Trim(),
            CreatedAt = VoucherRules.Now(time),
            CreatedBy = VoucherRules.Actor(current),
            CreatedById = current.Id,
        };
        db.Set<VoucherApplication>().Add(application);
        db.AddIntegrationEvent(new VoucherApplicationSubmitted(application.Id, batch.Id, streetCode, group));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Lost the race to a concurrent declaration of the same household.
            throw Duplicate();
        }

        return (await ApplicationResponses.BuildAsync(db, [application], district.Value, ct))[0];
    }

    private static ConflictException Duplicate() => new(
        "This household has already been declared for the batch. 该家庭已在本批次申报（一户一券）。", "duplicate_household", "idNumber");
}
