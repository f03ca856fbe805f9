using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.Evidence;

internal static class EvidenceEndpoints
{
    private const string ScopeNote = " Institutions reach their own applications, street officers their street's; others answer 404.";

    public static RouteGroupBuilder MapEvidenceEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        var maxBytes = group.ServiceProvider().GetRequiredService<IOptions<SubsidyOptions>>().Value.EvidenceMaxFileBytes;

        group.MapPost("/{id:guid}/evidence", async Task<Created<EvidenceFileResponse>> (Guid id, IFormFile? file, IMediator mediator, CancellationToken ct) =>
            {
                if (file is null)
                {
                    throw new FieldValidationException("file", "A file in the multipart field `file`. 请选择文件。");
                }

                if (file.Length > maxBytes)
                {
                    throw new PayloadTooLargeException($"The file is larger than {maxBytes} bytes. 文件超过大小限制。");
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                var saved = await mediator.Send(new UploadEvidence(id, file.FileName, buffer.ToArray()), ct);
                return TypedResults.Created($"/api/v1/subsidy/applications/{id}/evidence/{saved.Id}", saved);
            })
            .RequireAuthorization(SubsidyModule.Policies.Apply)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + 256 * 1024))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadSubsidyEvidence").WithSummary("Upload an evidence file (上传申报材料)")
            .WithDescription("Multipart field `file`: a PDF, JPEG or PNG (checked by its first bytes, not its name), at most "
                + "`Subsidy:EvidenceMaxFileBytes` (10 MB by default; 413 beyond). Its SHA-256 is stored. Only while the application is "
                + "`Submitted` or `Returned` (409 `invalid_transition`)." + ScopeNote)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/{id:guid}/evidence", async Task<Ok<IReadOnlyList<EvidenceFileResponse>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEvidence(id), ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("ListSubsidyEvidence").WithSummary("List evidence files (申报材料列表)")
            .WithDescription("Name, type, size, SHA-256, uploader and time of each file, oldest first." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/evidence/{fileId:guid}", async Task<PhysicalFileHttpResult> (Guid id, Guid fileId, IMediator mediator, CancellationToken ct) =>
            {
                var download = await mediator.Send(new DownloadEvidence(id, fileId), ct);
                return TypedResults.PhysicalFile(download.Path, download.File.ContentType, download.File.FileName);
            })
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("DownloadSubsidyEvidence").WithSummary("Download an evidence file (下载申报材料)")
            .WithDescription("The file as uploaded, with its content type and name (attachment)." + ScopeNote)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static IServiceProvider ServiceProvider(this RouteGroupBuilder group) => ((IEndpointRouteBuilder)group).ServiceProvider;
}
