using Jiafu.Shared.Errors;
using Microsoft.AspNetCore.Http;

namespace Jiafu.Shared.Http;

/// <summary>Optimistic concurrency over HTTP: a record's version travels as a strong ETag and comes back in <c>If-Match</c>.</summary>
public static class ETags
{
    public static string Format(string version) => $"\"{version}\"";

    /// <summary>The version named by <c>If-Match</c>; throws 428 when the header is missing.</summary>
    public static string RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException();
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }

    /// <summary>Throws 412 unless <paramref name="expected"/> is the record's current version.</summary>
    public static void EnsureMatches(string expected, string? current)
    {
        if (!string.Equals(expected, current, StringComparison.Ordinal))
        {
            throw new PreconditionFailedException();
        }
    }

    public static void SetETag(this HttpResponse response, string version) => response.Headers.ETag = Format(version);
}
