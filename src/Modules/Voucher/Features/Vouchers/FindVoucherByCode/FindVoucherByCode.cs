using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>
/// Look a voucher up by its code (扫码/输码查券), e.g. from its QR code. A code whose check character is wrong is a 400
/// (mistyped); a valid code outside the caller's scope is a 404, as if absent.
/// </summary>
public sealed record FindVoucherByCode(string Code) : IQuery<VoucherResponse>;

public sealed class FindVoucherByCodeHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : IQueryHandler<FindVoucherByCode, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(FindVoucherByCode query, CancellationToken ct)
    {
        if (!VoucherCode.IsValid(query.Code))
        {
            throw new FieldValidationException("code", "Not a valid voucher code (check character). 券码无效，请核对。");
        }

        var code = VoucherCode.Normalize(query.Code)!;
        var voucher = await db.Set<EmploymentVoucher>().AsNoTracking().InScope(DataScope.From(current)).FirstOrDefaultAsync(v => v.Code == code, ct)
            ?? throw new NotFoundException("Voucher", code);
        return (await VoucherResponses.BuildAsync(db, [voucher], district.Value, withTimeline: true, ct))[0];
    }
}
