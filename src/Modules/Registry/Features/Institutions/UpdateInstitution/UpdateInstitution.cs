using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>The editable profile of an institution. The credit code cannot be changed.</summary>
public sealed record UpdateInstitutionRequest(
    string Name,
    string StreetCode,
    string Address,
    string LegalRepresentative,
    string ContactPhone,
    IReadOnlyList<string> BusinessFormats,
    bool? IsAllianceMember,
    DateOnly? AllianceJoinedOn);

/// <summary>Edit an institution's profile (编辑机构信息); <see cref="Version"/> comes from <c>If-Match</c>.</summary>
public sealed record UpdateInstitution(
    Guid Id,
    string Version,
    string Name,
    string StreetCode,
    string Address,
    string LegalRepresentative,
    string ContactPhone,
    IReadOnlyList<string> BusinessFormats,
    bool? IsAllianceMember,
    DateOnly? AllianceJoinedOn) : ICommand<InstitutionResponse>, IInstitutionProfile, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();

    public static UpdateInstitution From(Guid id, string version, UpdateInstitutionRequest r) => new(
        id, version, r.Name, r.StreetCode, r.Address, r.LegalRepresentative, r.ContactPhone, r.BusinessFormats, r.IsAllianceMember, r.AllianceJoinedOn);
}

public sealed class UpdateInstitutionValidator : AbstractValidator<UpdateInstitution>
{
    public UpdateInstitutionValidator(IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry, TimeProvider time) =>
        this.AddProfileRules(district.Value, registry.Value, time);
}

public sealed class UpdateInstitutionHandler(
    RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry, TimeProvider time)
    : ICommandHandler<UpdateInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(UpdateInstitution command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var institution = await InstitutionResponses.FindVisibleAsync(db, command.Id, scope, ct);
        ETags.EnsureMatches(command.Version, institution.Version.ToString());

        var streetCode = command.StreetCode.Trim();
        if (scope.Kind == DataScopeKind.Institutions && streetCode != institution.StreetCode)
        {
            throw new ForbiddenException("Only street and district officers can move an institution to another street. 机构不能自行变更所属街道。");
        }

        scope.EnsureStreetAllowed(streetCode);

        var isMember = command.IsAllianceMember ?? false;
        institution.Name = command.Name.Trim();
        institution.StreetCode = streetCode;
        institution.Address = command.Address.Trim();
        institution.LegalRepresentative = command.LegalRepresentative.Trim();
        institution.ContactPhone = command.ContactPhone.Trim();
        institution.BusinessFormats = InstitutionRules.NormalizeFormats(command.BusinessFormats);
        institution.IsAllianceMember = isMember;
        institution.AllianceJoinedOn = isMember ? command.AllianceJoinedOn : null;
        institution.Touch(InstitutionRules.Now(time));
        await db.SaveChangesAsync(ct);
        return await InstitutionResponses.BuildAsync(db, institution, district.Value, registry.Value, ct);
    }
}
