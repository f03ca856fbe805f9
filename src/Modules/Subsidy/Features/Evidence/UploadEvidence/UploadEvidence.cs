using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Applications;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.Evidence;

/// <summary>
/// Attach an evidence file to an application (上传申报材料): PDF, JPEG or PNG by its first bytes, at most
/// <see cref="SubsidyOptions.EvidenceMaxFileBytes"/>, while the application is submitted or returned for correction.
/// </summary>
public sealed record UploadEvidence(Guid ApplicationId, string FileName, byte[] Content) : ICommand<EvidenceFileResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => ApplicationId.ToString();
}

public sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidence>
{
    public UploadEvidenceValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(200).OverridePropertyName("file");
        RuleFor(x => x.Content).NotNull().Must(c => c.Length > 0).WithMessage("The file is empty. 文件为空。").OverridePropertyName("file");
    }
}

public sealed class UploadEvidenceHandler(SubsidyDbContext db, EvidenceStore store, IOptions<SubsidyOptions> options, ICurrentUser current, TimeProvider time)
    : ICommandHandler<UploadEvidence, EvidenceFileResponse>
{
    public async ValueTask<EvidenceFileResponse> Handle(UploadEvidence command, CancellationToken ct)
    {
        var application = await SubsidyApplicationResponses.FindVisibleAsync(db, command.ApplicationId, current, ct);
        if (application.Status is not (SubsidyApplicationStatus.Submitted or SubsidyApplicationStatus.Returned))
        {
            throw new ConflictException(
                $"Evidence is added while the application is submitted or returned, not {application.Status}. 仅在待审核或退回修改时可以上传材料。",
                "invalid_transition");
        }

        if (command.Content.LongLength > options.Value.EvidenceMaxFileBytes)
        {
            throw new PayloadTooLargeException(
                $"The file is larger than {options.Value.EvidenceMaxFileBytes / 1024 / 1024.0:0.#} MB. 文件超过大小限制。");
        }

        var contentType = EvidenceStore.DetectType(command.Content.AsSpan(0, Math.Min(16, command.Content.Length)))
            ?? throw new FieldValidationException("file", "Only PDF, JPEG or PNG files (checked by content). 仅支持PDF、JPEG或PNG文件。");
        var file = new EvidenceFile
        {
            ApplicationId = application.Id,
            FileName = SafeName(command.FileName),
            ContentType = contentType,
            SizeBytes = command.Content.LongLength,
            Sha256 = EvidenceStore.Sha256Hex(command.Content),
            UploadedAt = SubsidyRules.Now(time),
            UploadedBy = SubsidyRules.Actor(current),
        };
        await store.WriteAsync(file.Id, command.Content, ct);
        try
        {
            db.Set<EvidenceFile>().Add(file);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Delete(file.Id);
            throw;
        }

        return EvidenceFileResponse.From(file);
    }

    /// <summary>The last path segment, without control characters, at most 200 characters.</summary>
    private static string SafeName(string name)
    {
        var last = name.Replace('\\', '/').Split('/').Last();
        var clean = new string(last.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        clean = clean.Length == 0 ? "evidence" : clean;
        return clean.Length > 200 ? clean[^200..] : clean;
    }
}
