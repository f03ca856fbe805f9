using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>
/// Register a community household-service station (社区家庭服务站) or a professional service market (专业服务市场),
/// operated by an institution, with its 五统一 items. It starts as <c>Registered</c>.
/// </summary>
/// <param name="Kind"><c>CommunityStation</c> or <c>ServiceMarket</c>; required.</param>
/// <param name="InstitutionId">The operating institution (运营机构); must be in the caller's scope.</param>
/// <param name="StreetCode">Street or town code from <c>GET /api/v1/registry/streets</c>.</param>
/// <param name="UnifiedSignage">五统一: unified signage (统一标识).</param>
/// <param name="UnifiedDispatch">五统一: unified dispatch (统一派工).</param>
/// <param name="UnifiedTraining">五统一: unified training (统一培训).</param>
/// <param name="UnifiedPricing">五统一: unified pricing (统一收费标准).</param>
/// <param name="UnifiedServiceStandards">五统一: unified service standards (统一服务规范).</param>
public sealed record CreateServicePoint(
    ServicePointKind? Kind,
    string Name,
    Guid InstitutionId,
    string StreetCode,
    string Address,
    bool UnifiedSignage,
    bool UnifiedDispatch,
    bool UnifiedTraining,
    bool UnifiedPricing,
    bool UnifiedServiceStandards) : ICommand<ServicePointResponse>, IServicePointProfile;

public sealed class CreateServicePointValidator : AbstractValidator<CreateServicePoint>
{
    public CreateServicePointValidator(IOptions<DistrictOptions> district)
    {
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.InstitutionId).NotEmpty();
        this.AddProfileRules(district.Value);
    }
}

public sealed class CreateServicePointHandler(RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<CreateServicePoint, ServicePointResponse>
{
    public async ValueTask<ServicePointResponse> Handle(CreateServicePoint command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var streetCode = command.StreetCode.Trim();
        scope.EnsureStreetAllowed(streetCode);
        var institution = await ServicePointResponses.FindOperatorAsync(db, command.InstitutionId, scope, ct);

        var now = time.GetUtcNow();
        var point = new ServicePoint
        {
            Kind = command.Kind!.Value,
            Name = command.Name.Trim(),
            InstitutionId = institution.Id,
            StreetCode = streetCode,
            Address = command.Address.Trim(),
            UnifiedSignage = command.UnifiedSignage,
            UnifiedDispatch = command.UnifiedDispatch,
            UnifiedTraining = command.UnifiedTraining,
            UnifiedPricing = command.UnifiedPricing,
            UnifiedServiceStandards = command.UnifiedServiceStandards,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<ServicePoint>().Add(point);
        await db.SaveChangesAsync(ct);
        return ServicePointResponses.From(point, institution.Name, district.Value);
    }
}
