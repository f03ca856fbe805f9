using Jiafu.Shared.Http;
using Microsoft.AspNetCore.Http;

namespace Jiafu.Inspection.Features;

internal static class InspectionHttp
{
    /// <summary>The version named by an optional <c>If-Match</c>; null when the header is absent.</summary>
    public static string? OptionalIfMatch(this HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? null : ETags.RequireIfMatch(request);
}
