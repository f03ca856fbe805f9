using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Domain;
using Mediator;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/{id}/select-institution</c>.</summary>
public sealed record SelectInstitutionRequest(Guid InstitutionId, string BusinessFormat);

/// <summary>
/// The family (through the officer) chooses an institution (机构筛选): it must be recognised, active and offer the
/// business format. Allowed while the voucher is issued or its choice not yet accepted (the family may change its mind).
/// </summary>
public sealed record SelectInstitution(Guid Id, Guid InstitutionId, string BusinessFormat, string? Version = null)
    : ICommand<VoucherResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmploymentVoucher);

    public string? AuditTargetId => Id.ToString();
}

public sealed class SelectInstitutionValidator : AbstractValidator<SelectInstitution>
{
    public SelectInstitutionValidator()
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.BusinessFormat).NotEmpty().MaximumLength(50);
    }
}

public sealed class SelectInstitutionHandler(VoucherTransitions transitions, IRegistryReader registry)
    : ICommandHandler<SelectInstitution, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(SelectInstitution command, CancellationToken ct)
    {
        transitions.EnsureOfficer();
        var voucher = await transitions.LoadAsync(command.Id, command.Version, ct);
        transitions.Ensure(voucher, "choose an institution for", VoucherStatus.Issued, VoucherStatus.InstitutionSelected);
        var format = command.BusinessFormat.Trim();
        var institution = await registry.FindInstitutionAsync(command.InstitutionId, ct);
        if (institution is null || !institution.IsActive)
        {
            throw new ConflictException(
                "The institution is not a recognised, active institution. 该机构未认定或已暂停、撤销。", "institution_not_active", "institutionId");
        }

        if (!institution.BusinessFormats.Contains(format))
        {
            throw new ConflictException(
                "The institution does not offer this business format. 该机构不提供此业态的服务。", "format_not_offered", "businessFormat");
        }

        var from = voucher.Status;
        voucher.Status = VoucherStatus.InstitutionSelected;
        voucher.InstitutionId = institution.Id;
        voucher.InstitutionName = institution.Name;
        voucher.BusinessFormat = format;
        voucher.SelectedAt = transitions.Now;
        return await transitions.CommitAsync(voucher, from, "SelectInstitution", institution.Name, ct);
    }
}
