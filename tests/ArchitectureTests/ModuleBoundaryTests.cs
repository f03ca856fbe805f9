using NetArchTest.Rules;

namespace Jiafu.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_identity_module_is_found_so_the_boundary_rules_have_something_to_check()
    {
        Assert.Contains(ModuleAssemblies.Modules, a => a.GetName().Name == "Jiafu.Identity");
    }

    [Fact]
    public void No_module_depends_on_another_module()
    {
        var failures = new List<string>();
        foreach (var module in ModuleAssemblies.Modules)
        {
            var others = ModuleAssemblies.Modules.Where(m => m != module).Select(ModuleAssemblies.ModuleNamespace).ToArray();
            if (others.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(module).Should().NotHaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful)
            {
                failures.AddRange(result.FailingTypes.Select(t => $"{module.GetName().Name}: {t.FullName}"));
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void No_module_or_kernel_depends_on_the_host()
    {
        foreach (var assembly in ModuleAssemblies.Modules.Append(ModuleAssemblies.Load(ModuleAssemblies.SharedKernel)))
        {
            var result = Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(ModuleAssemblies.Host).GetResult();
            Assert.True(result.IsSuccessful, $"{assembly.GetName().Name} depends on the host: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
        }
    }

    [Fact]
    public void The_shared_kernel_and_contracts_depend_on_no_module()
    {
        var modules = ModuleAssemblies.Modules.Select(ModuleAssemblies.ModuleNamespace).ToArray();
        foreach (var name in new[] { ModuleAssemblies.SharedKernel, ModuleAssemblies.Contracts })
        {
            var result = Types.InAssembly(ModuleAssemblies.Load(name)).Should().NotHaveDependencyOnAny(modules).GetResult();
            Assert.True(result.IsSuccessful, $"{name} depends on a module: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");
        }
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_framework()
    {
        var result = Types.InAssembly(ModuleAssemblies.Load(ModuleAssemblies.Contracts)).Should()
            .NotHaveDependencyOnAny(ModuleAssemblies.SharedKernel, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void Only_the_host_references_every_module_assembly()
    {
        var hostReferences = ModuleAssemblies.Load(ModuleAssemblies.Host).GetReferencedAssemblies().Select(a => a.Name).ToHashSet();
        foreach (var module in ModuleAssemblies.Modules)
        {
            Assert.Contains(module.GetName().Name, hostReferences);
            var referencedByOtherModules = ModuleAssemblies.Modules.Where(m => m != module)
                .Where(m => m.GetReferencedAssemblies().Any(r => r.Name == module.GetName().Name));
            Assert.Empty(referencedByOtherModules);
        }
    }
}
