using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Register a household-service institution (登记家庭服务机构). It starts as <c>Registered</c>.</summary>
/// <param name="CreditCode">Unified social credit code (统一社会信用代码, GB 32100); trimmed, upper-cased, full-width folded.</param>
/// <param name="StreetCode">Street or town code from <c>GET /api/v1/registry/streets</c>.</param>
/// <param name="BusinessFormats">Business format codes (业态) from <c>GET /api/v1/registry/business-formats</c>; at least one.</param>
/// <param name="IsAllianceMember">Member of the district household-services alliance (联盟成员); default false.</param>
public sealed record CreateInstitution(
    string Name,
    string CreditCode,
    string StreetCode,
    string Address,
    string LegalRepresentative,
    string ContactPhone,
    IReadOnlyList<string> BusinessFormats,
    bool? IsAllianceMember,
    DateOnly? AllianceJoinedOn) : ICommand<InstitutionResponse>, IInstitutionProfile;

public sealed class CreateInstitutionValidator : AbstractValidator<CreateInstitution>
{
    public CreateInstitutionValidator(IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry, TimeProvider time)
    {
        RuleFor(x => x.CreditCode).NotEmpty().UnifiedSocialCreditCode();
        this.AddProfileRules(district.Value, registry.Value, time);
    }
}

public sealed class CreateInstitutionHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry, TimeProvider time)
    : ICommandHandler<CreateInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(CreateInstitution command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            throw new ForbiddenException("Institution operators and API clients cannot register institutions. 机构经办人和接口客户端不能登记机构。");
        }

        var streetCode = command.StreetCode.Trim();
        scope.EnsureStreetAllowed(streetCode);
        var creditCode = UnifiedSocialCreditCode.Normalize(command.CreditCode)!;
        if (await db.Set<Institution>().AnyAsync(i => i.CreditCode == creditCode, ct))
        {
            throw Duplicate(creditCode);
        }

        var now = InstitutionRules.Now(time);
        var isMember = command.IsAllianceMember ?? false;
        var institution = new Institution
        {
            Name = command.Name.Trim(),
            CreditCode = creditCode,
            StreetCode = streetCode,
            Address = command.Address.Trim(),
            LegalRepresentative = command.LegalRepresentative.Trim(),
            ContactPhone = command.ContactPhone.Trim(),
            BusinessFormats = InstitutionRules.NormalizeFormats(command.BusinessFormats),
            IsAllianceMember = isMember,
            AllianceJoinedOn = isMember ? command.AllianceJoinedOn : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<Institution>().Add(institution);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Lost the race to another request registering the same code.
            throw Duplicate(creditCode);
        }

        return InstitutionResponses.From(institution, [], 0, district.Value, registry.Value);
    }

    private static ConflictException Duplicate(string creditCode) => new(
        $"An institution with credit code {creditCode} is already registered. 该统一社会信用代码已登记。", "duplicate_credit_code", "creditCode");
}
