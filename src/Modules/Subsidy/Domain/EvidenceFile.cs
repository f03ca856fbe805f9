namespace Jiafu.Subsidy.Domain;

/// <summary>
/// A supporting document of an application (申报材料): a PDF, JPEG or PNG, its SHA-256 and size. The bytes are stored in the
/// module's data directory (<c>subsidy-evidence/{id}</c>), not in the database (docs/adr/0033).
/// </summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    /// <summary>The uploaded file's name (sanitised).</summary>
    public required string FileName { get; set; }

    /// <summary><c>application/pdf</c>, <c>image/jpeg</c> or <c>image/png</c>, from the file's first bytes.</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
