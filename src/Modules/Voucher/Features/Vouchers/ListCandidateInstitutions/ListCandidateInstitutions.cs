using FluentValidation;
using Jiafu.Contracts.Registry;
using Mediator;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>An institution a family may choose (机构筛选).</summary>
public sealed record CandidateInstitution(Guid Id, string Name, string StreetCode, IReadOnlyList<string> BusinessFormats, bool IsEmployeeBased);

/// <summary>The recognised, active institutions offering <see cref="BusinessFormat"/> (all formats when omitted), by name.</summary>
public sealed record ListCandidateInstitutions(string? BusinessFormat, string? StreetCode) : IQuery<IReadOnlyList<CandidateInstitution>>;

public sealed class ListCandidateInstitutionsValidator : AbstractValidator<ListCandidateInstitutions>
{
    public ListCandidateInstitutionsValidator()
    {
        RuleFor(x => x.BusinessFormat).MaximumLength(50);
        RuleFor(x => x.StreetCode).MaximumLength(12);
    }
}

public sealed class ListCandidateInstitutionsHandler(IRegistryReader registry)
    : IQueryHandler<ListCandidateInstitutions, IReadOnlyList<CandidateInstitution>>
{
    public async ValueTask<IReadOnlyList<CandidateInstitution>> Handle(ListCandidateInstitutions query, CancellationToken ct)
    {
        var institutions = await registry.ListActiveInstitutionsAsync(
            string.IsNullOrWhiteSpace(query.BusinessFormat) ? null : query.BusinessFormat.Trim(), ct);
        return institutions
            .Where(i => string.IsNullOrWhiteSpace(query.StreetCode) || i.StreetCode == query.StreetCode.Trim())
            .Select(i => new CandidateInstitution(i.Id, i.Name, i.StreetCode, i.BusinessFormats, i.IsEmployeeBased))
            .ToList();
    }
}
