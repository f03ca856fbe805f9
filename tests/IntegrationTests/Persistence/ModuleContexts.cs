using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jiafu.IntegrationTests.Persistence;

/// <summary>Every module's provider-specific DbContext, created the way <c>dotnet ef</c> creates it (no server needed).</summary>
public static class ModuleContexts
{
    public static IEnumerable<Type> DesignTimeFactories() => Directory
        .EnumerateFiles(AppContext.BaseDirectory, "Jiafu.*.dll")
        .Select(f => Assembly.LoadFrom(f))
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));

    public static TheoryData<string> FactoryNames() => new(DesignTimeFactories().Select(t => t.FullName!).Order());

    public static DbContext Create(string factoryName)
    {
        var factory = DesignTimeFactories().Single(t => t.FullName == factoryName);
        var create = factory.GetMethod("CreateDbContext")!;
        return (DbContext)create.Invoke(Activator.CreateInstance(factory), [Array.Empty<string>()])!;
    }
}
