using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>The configured eligible groups (特定群体).</summary>
public sealed record ListGroups : IQuery<IReadOnlyList<VoucherGroup>>;

public sealed class ListGroupsHandler(IOptions<VoucherOptions> options) : IQueryHandler<ListGroups, IReadOnlyList<VoucherGroup>>
{
    public ValueTask<IReadOnlyList<VoucherGroup>> Handle(ListGroups query, CancellationToken ct) =>
        ValueTask.FromResult(options.Value.EffectiveGroups);
}
