using FluentValidation;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Certificates;

public sealed record RevokeCertificateRequest(string Reason);

/// <summary>Revoke a certificate (撤销证书), e.g. after fraud is found; the public check answers "revoked" from then on.</summary>
public sealed record RevokeCertificate(string Code, string Reason) : ICommand<CertificateResponse>, IAuditTarget
{
    public string AuditTargetType => "Certificate";

    public string? AuditTargetId => Code;
}

public sealed class RevokeCertificateValidator : AbstractValidator<RevokeCertificate>
{
    public RevokeCertificateValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
}

public sealed class RevokeCertificateHandler(TrainingDbContext db, ICurrentUser current, IOptions<TrainingOptions> options, TimeProvider time)
    : ICommandHandler<RevokeCertificate, CertificateResponse>
{
    public async ValueTask<CertificateResponse> Handle(RevokeCertificate command, CancellationToken ct)
    {
        var code = CertificateCode.Normalize(command.Code) ?? throw new NotFoundException("Certificate", "(code)");
        var (certificate, _) = await CertificateLoader.LoadAsync(db, DataScope.From(current), q => q.Where(c => c.Code == code), options.Value, ct);
        if (certificate.Status == CertificateStatus.Revoked)
        {
            throw new ConflictException("The certificate is already revoked. 该证书已撤销。", "already_revoked");
        }

        var now = time.GetUtcNow();
        certificate.Status = CertificateStatus.Revoked;
        certificate.RevokedAt = now;
        certificate.RevokedReason = command.Reason.Trim();
        certificate.RevokedBy = current.Name;
        var hash = await db.Set<Trainee>().Where(t => t.Id == certificate.TraineeId).Select(t => t.IdNumberHash).FirstAsync(ct);
        db.AddIntegrationEvent(new CertificateRevoked(certificate.Id, certificate.EnrollmentId, hash, certificate.RevokedReason, TrainingRules.Today(time)));
        await db.SaveChangesAsync(ct);
        return (await CertificateLoader.LoadAsync(db, DataScope.From(current), q => q.Where(c => c.Id == certificate.Id), options.Value, ct)).Response;
    }
}
