namespace Jiafu.Api.Http;

/// <summary>Turns a C# property path (<c>Roles[0]</c>, <c>Address.StreetCode</c>) into the JSON path clients send (<c>roles[0]</c>, <c>address.streetCode</c>).</summary>
internal static class FieldPath
{
    public static string ToJsonPath(string path) =>
        string.Join('.', path.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(CamelCase));

    private static string CamelCase(string segment) =>
        segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
}
