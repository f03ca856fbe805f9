using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Certificates;

/// <summary>The full certificate of an enrollment (证书), for viewing and printing, inside the caller's scope.</summary>
public sealed record GetCertificate(Guid EnrollmentId) : IQuery<CertificateResponse>;

public sealed class GetCertificateHandler(TrainingDbContext db, ICurrentUser current, IOptions<TrainingOptions> options)
    : IQueryHandler<GetCertificate, CertificateResponse>
{
    public async ValueTask<CertificateResponse> Handle(GetCertificate query, CancellationToken ct) =>
        (await CertificateLoader.LoadAsync(db, DataScope.From(current), q => q.Where(c => c.EnrollmentId == query.EnrollmentId), options.Value, ct))
        .Response;
}
