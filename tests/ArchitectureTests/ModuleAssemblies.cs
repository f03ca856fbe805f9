using System.Reflection;

namespace Jiafu.ArchitectureTests;

/// <summary>The assemblies of the solution, found next to the test binary (the Api project references them all).</summary>
internal static class ModuleAssemblies
{
    public const string SharedKernel = "Jiafu.Shared";
    public const string Contracts = "Jiafu.Contracts";
    public const string Host = "Jiafu.Api";

    /// <summary>Modules that own no tables: Reporting composes the other modules' statistics contracts (ADR 0060).</summary>
    public static readonly IReadOnlySet<string> WithoutTables = new HashSet<string>(StringComparer.Ordinal) { "Jiafu.Reporting" };

    public static Assembly Load(string name) => Assembly.Load(name);

    /// <summary>Business and platform modules: every Jiafu assembly that is not the host, kernel or contracts.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } = Directory
        .EnumerateFiles(AppContext.BaseDirectory, "Jiafu.*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .Where(n => n is not (SharedKernel or Contracts or Host) && !n!.EndsWith("Tests", StringComparison.Ordinal))
        .Select(n => Assembly.Load(n!))
        .ToArray();

    public static string ModuleNamespace(Assembly module) => module.GetName().Name!;
}
