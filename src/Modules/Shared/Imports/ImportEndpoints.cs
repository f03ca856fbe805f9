using Microsoft.AspNetCore.Mvc;
using System.Security.Cryptography;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Imports.Data;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace Jiafu.Shared.Imports;

public static class ImportEndpoints
{
    /// <summary>Maps the upload and template endpoints of every registered kind, and the job status endpoint.</summary>
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Uploads may be far larger than the host's default request limit; the handler enforces MaxFileBytes itself (413).
        var uploadLimit = new RequestSizeLimitAttribute(
            endpoints.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxFileBytes + 1024 * 1024);
        foreach (var kind in endpoints.ServiceProvider.GetServices<ImportKindDescriptor>())
        {
            var group = endpoints.MapGroup($"/api/v1/{kind.Module}/imports/{kind.Kind}").WithTags("Imports 批量导入")
                .RequireAuthorization(kind.Policy)
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);
            var columns = string.Join(", ", kind.Columns.Select(c => $"`{c.Name}` ({c.ChineseHeader}{(c.Required ? ", required" : "")})"));
            group.MapPost("", (HttpRequest request, string? mode, CancellationToken ct) => SubmitAsync(request, kind, mode, ct))
                .WithName($"Import{Pascal(kind.Module)}{Pascal(kind.Kind)}")
                .WithSummary($"Bulk import {kind.Kind} (批量导入)")
                .WithDescription($"Body: a CSV (UTF-8 with or without BOM, or GB18030), XLSX or JSON array file, sent raw or as "
                    + "multipart form field `file`. `mode=validate` (default) checks every row and writes nothing; `mode=commit` "
                    + "writes the valid rows in one transaction (upsert by natural key). Answers 202 with the job id; poll "
                    + $"`GET /api/v1/imports/{{jobId}}`. Columns (camelCase or the Chinese header): {columns}.")
                .Accepts<IFormFile>("text/csv", "application/json", XlsxContentType, "multipart/form-data", "application/octet-stream", "*/*")
                .Produces<ImportAccepted>(StatusCodes.Status202Accepted)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .WithMetadata(uploadLimit)
                .DisableAntiforgery();
            group.MapGet("/template", () => Template(kind))
                .WithName($"Import{Pascal(kind.Module)}{Pascal(kind.Kind)}Template")
                .WithSummary($"XLSX template for importing {kind.Kind} (导入模板)")
                .WithDescription("An empty workbook with the Chinese column headers in the order the import expects.")
                .Produces(StatusCodes.Status200OK, contentType: XlsxContentType);
        }

        endpoints.MapGet("/api/v1/imports/{jobId:guid}", GetJobAsync)
            .RequireAuthorization()
            .WithTags("Imports 批量导入")
            .WithName("GetImportJob")
            .WithSummary("Import job progress and result (导入进度)")
            .WithDescription("State (Queued|Running|Completed|Failed), row counts, created/updated counts and per-row errors "
                + "`{ row, column, message }`. Visible to the submitter and to district roles.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private const string XlsxContentType = Exports.XlsxExport.ContentType;

    private static async Task<Results<Accepted<ImportAccepted>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ImportKindDescriptor kind, string? mode, CancellationToken ct)
    {
        var services = request.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<ImportOptions>>().Value;
        var importMode = mode?.ToLowerInvariant() switch
        {
            null or "" or "validate" => ImportMode.Validate,
            "commit" => ImportMode.Commit,
            _ => throw new FieldValidationException("mode", "mode must be 'validate' or 'commit'."),
        };

        var jobId = Guid.CreateVersion7();
        var folder = Path.Combine(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.FullDataDirectory, "imports");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{jobId:N}.upload");
        var (hash, size, contentType) = await StoreUploadAsync(request, path, options.MaxFileBytes, ct);
        try
        {
            var head = new byte[8];
            await using (var file = File.OpenRead(path))
            {
                await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            }

            var format = ImportFileReader.DetectFormat(head, contentType);
            IReadOnlyList<string> headers;
            try
            {
                headers = ImportFileReader.ReadHeaders(path, format);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new FieldValidationException("file", $"The file could not be read as {format.ToUpperInvariant()}. 文件无法读取。");
            }

            var (_, problems) = ImportFileReader.MapHeaders(headers, kind.Columns);
            if (problems.Count > 0)
            {
                throw new FieldValidationException("file", string.Join(" ", problems));
            }

            var user = services.GetRequiredService<ICurrentUser>();
            var db = services.GetRequiredService<ImportsDbContext>();
            db.Jobs.Add(new ImportJob
            {
                Id = jobId, Module = kind.Module, Kind = kind.Kind, Mode = importMode, Format = format, FileHash = hash,
                SizeBytes = size, StoragePath = path, CreatedBy = user.Name, CreatedById = user.Id, CreatedByClient = user.IsClient,
                Scope = DataScope.From(user).ToStorageString(), CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        services.GetRequiredService<ImportJobRunner>().Enqueue(jobId);
        var statusUrl = $"/api/v1/imports/{jobId}";
        return TypedResults.Accepted(statusUrl, new ImportAccepted(jobId, ImportState.Queued, statusUrl));
    }

    /// <summary>Streams the body (raw, or the first multipart file) to disk while hashing it; memory stays flat.</summary>
    private static async Task<(string Hash, long Size, string? ContentType)> StoreUploadAsync(HttpRequest request, string path, long maxBytes, CancellationToken ct)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1024 * 1024;
        }

        Stream source = request.Body;
        var contentType = request.ContentType;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                ?? throw new FieldValidationException("file", "Attach the file as form field 'file'. 请选择文件。");
            source = file.OpenReadStream();
            contentType = file.ContentType;
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    target.Close();
                    File.Delete(path);
                    throw new PayloadTooLargeException($"The file is larger than {maxBytes / 1024 / 1024} MB. 文件过大。");
                }

                sha.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        if (size == 0)
        {
            File.Delete(path);
            throw new FieldValidationException("file", "The file is empty. 文件为空。");
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size, contentType);
    }

    private static async Task<Ok<ImportJobResponse>> GetJobAsync(
        Guid jobId, ImportsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct);
        var visible = job is not null && (job.CreatedById == user.Id || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.DistrictOfficer));
        if (!visible)
        {
            throw new NotFoundException("ImportJob", jobId.ToString());
        }

        return TypedResults.Ok(ImportJobResponse.From(job!));
    }

    private static FileContentHttpResult Template(ImportKindDescriptor kind)
    {
        using var stream = new MemoryStream();
        using var table = new System.Data.DataTable(kind.Kind);
        foreach (var column in kind.Columns)
        {
            table.Columns.Add(column.ChineseHeader);
        }

        MiniExcel.SaveAs(stream, table, printHeader: true);
        return TypedResults.File(stream.ToArray(), XlsxContentType, $"{kind.Module}-{kind.Kind}-template.xlsx");
    }

    private static string Pascal(string value) => string.Concat(value.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
