using Jiafu.Shared.Errors;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Certificates;

/// <summary>Anyone checks a certificate by its verification code (证书验证); an unknown or malformed code is 404.</summary>
public sealed record VerifyCertificate(string Code) : IQuery<CertificateVerification>;

public sealed class VerifyCertificateHandler(TrainingDbContext db, IOptions<TrainingOptions> options, TimeProvider time)
    : IQueryHandler<VerifyCertificate, CertificateVerification>
{
    public async ValueTask<CertificateVerification> Handle(VerifyCertificate query, CancellationToken ct)
    {
        // A code with a wrong check character is answered like an unknown one, without a database read.
        var code = CertificateCode.Normalize(query.Code) ?? throw new NotFoundException("Certificate", "(code)");
        var c = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct)
            ?? throw new NotFoundException("Certificate", "(code)");
        var today = TrainingRules.Today(time);
        var status = c.Status == CertificateStatus.Revoked ? "Revoked" : c.ValidUntil is { } until && until < today ? "Expired" : "Valid";
        var o = options.Value;
        return new CertificateVerification(
            CertificateCode.Format(c.Code), c.HolderNameMasked, c.ProgrammeName, TrainingOptions.NameOf(o.EffectiveCategories, c.Category) ?? c.Category,
            TrainingOptions.NameOf(o.EffectiveSkillLevels, c.SkillLevel) ?? c.SkillLevel, c.IssuedOn, c.ValidUntil, status,
            c.RevokedAt is { } at ? DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime) : null);
    }
}
