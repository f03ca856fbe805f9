namespace Jiafu.Subsidy.Features.Policies;

/// <summary>A parameter of an item: name, meaning, whether a whole number.</summary>
public sealed record ParameterDefinitionResponse(string Name, string Description, bool IsInteger);

/// <summary>One version of an item's parameters for a year; version 0 is the configured default.</summary>
public sealed record ParameterVersionResponse(
    int Version, DateOnly EffectiveFrom, IReadOnlyDictionary<string, decimal> Values, string? Note, DateTimeOffset? CreatedAt, string? CreatedBy);

/// <summary>A catalogue item with the parameters in force today for the year and the year's history of versions.</summary>
public sealed record PolicyResponse(
    string Code, string Name, string Basis, bool AcceptsApplications, int Year, IReadOnlyList<ParameterDefinitionResponse> Parameters,
    ParameterVersionResponse Current, IReadOnlyList<ParameterVersionResponse> History);
