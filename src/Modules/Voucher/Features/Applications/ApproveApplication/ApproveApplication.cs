using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>Approve a declaration and issue its voucher (审核通过并发券); 409 when the batch or the street has none left.</summary>
public sealed record ApproveApplication(Guid Id) : ICommand<ApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(VoucherApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ApproveApplicationHandler(
    VoucherDbContext db, VoucherIssuer issuer, ICurrentUser current, IOptions<DistrictOptions> district)
    : ICommandHandler<ApproveApplication, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(ApproveApplication command, CancellationToken ct)
    {
        var application = await ApplicationResponses.FindVisibleAsync(db, command.Id, current, ct);
        ApplicationReview.EnsureReviewer(current, application);
        await issuer.IssueAsync(application, VoucherRules.Actor(current), ct);
        return (await ApplicationResponses.BuildAsync(db, [application], district.Value, ct))[0];
    }
}

internal static class ApplicationReview
{
    /// <summary>Only officers review (an API client may declare but not approve); street officers their own street.</summary>
    public static void EnsureReviewer(ICurrentUser current, VoucherApplication application)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            throw new Jiafu.Shared.Errors.ForbiddenException("Only bureau and street officers review declarations. 仅经办干部可以审核申报。");
        }

        scope.EnsureStreetAllowed(application.StreetCode);
    }
}
