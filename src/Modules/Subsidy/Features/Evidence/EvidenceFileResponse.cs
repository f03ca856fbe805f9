using Jiafu.Subsidy.Domain;

namespace Jiafu.Subsidy.Features.Evidence;

/// <summary>An evidence file of an application (申报材料), without its content.</summary>
/// <param name="Id">The file's id (download at <c>…/evidence/{id}</c>).</param>
/// <param name="ApplicationId">The application it supports.</param>
/// <param name="FileName">The uploaded name.</param>
/// <param name="ContentType"><c>application/pdf</c>, <c>image/jpeg</c> or <c>image/png</c>.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content (lower-case hex), to check a downloaded copy.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
public sealed record EvidenceFileResponse(
    Guid Id, Guid ApplicationId, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, string UploadedBy)
{
    internal static EvidenceFileResponse From(EvidenceFile f) =>
        new(f.Id, f.ApplicationId, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, f.UploadedAt, f.UploadedBy);
}
