using Jiafu.Shared.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Jiafu.Api.Http;

/// <summary>Configuration section <c>Http</c>.</summary>
public sealed class HttpLimitOptions
{
    public const string SectionName = "Http";

    /// <summary>Largest request body of an ordinary endpoint (JSON); endpoints that take files declare their own limit.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}

/// <summary>
/// Request size limits per endpoint: the endpoint's <see cref="IRequestSizeLimitMetadata"/> (bulk-import uploads) or the
/// <see cref="HttpLimitOptions.MaxRequestBodyBytes"/> default. A declared Content-Length over the limit is refused at once
/// with a 413 problem; a chunked body is cut off by the server at the same limit.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<HttpLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? options.Value.MaxRequestBodyBytes : metadata.MaxRequestBodySize;
        if (limit is { } max)
        {
            if (context.Request.ContentLength > max)
            {
                throw new PayloadTooLargeException($"The request body is {context.Request.ContentLength} bytes; this endpoint accepts at most {max}. 请求内容过大。");
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = max;
            }
        }

        return next(context);
    }
}
