using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Http;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.ServicePoints;

/// <summary>The editable fields of a station: its profile and the five 五统一 items. Kind and operator are fixed.</summary>
public sealed record UpdateServicePointRequest(
    string Name,
    string StreetCode,
    string Address,
    bool UnifiedSignage,
    bool UnifiedDispatch,
    bool UnifiedTraining,
    bool UnifiedPricing,
    bool UnifiedServiceStandards);

/// <summary>Edit a station (编辑服务站); <see cref="Version"/> comes from <c>If-Match</c>.</summary>
public sealed record UpdateServicePoint(
    Guid Id,
    string Version,
    string Name,
    string StreetCode,
    string Address,
    bool UnifiedSignage,
    bool UnifiedDispatch,
    bool UnifiedTraining,
    bool UnifiedPricing,
    bool UnifiedServiceStandards) : ICommand<ServicePointResponse>, IServicePointProfile, IAuditTarget
{
    public string AuditTargetType => nameof(ServicePoint);

    public string? AuditTargetId => Id.ToString();
}

public sealed class UpdateServicePointValidator : AbstractValidator<UpdateServicePoint>
{
    public UpdateServicePointValidator(IOptions<DistrictOptions> district) => this.AddProfileRules(district.Value);
}

public sealed class UpdateServicePointHandler(RegistryDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<UpdateServicePoint, ServicePointResponse>
{
    public async ValueTask<ServicePointResponse> Handle(UpdateServicePoint command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var point = await ServicePointResponses.FindVisibleAsync(db, command.Id, scope, ct);
        ETags.EnsureMatches(command.Version, point.Version.ToString());
        var streetCode = command.StreetCode.Trim();
        scope.EnsureStreetAllowed(streetCode);

        point.Name = command.Name.Trim();
        point.StreetCode = streetCode;
        point.Address = command.Address.Trim();
        point.UnifiedSignage = command.UnifiedSignage;
        point.UnifiedDispatch = command.UnifiedDispatch;
        point.UnifiedTraining = command.UnifiedTraining;
        point.UnifiedPricing = command.UnifiedPricing;
        point.UnifiedServiceStandards = command.UnifiedServiceStandards;
        var now = time.GetUtcNow();
        point.UpdatedAt = now;
        point.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return await ServicePointResponses.BuildAsync(db, point, district.Value, ct);
    }
}
