using System.Reflection;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Jiafu.ArchitectureTests;

public sealed class NamingConventionTests
{
    public static TheoryData<string> ModuleNames => new(ModuleAssemblies.Modules.Select(m => m.GetName().Name!));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Handlers_are_public_sealed_and_named_after_their_message(string module)
    {
        var handlers = HandlerTypes(Assembly.Load(module)).ToArray();
        Assert.NotEmpty(handlers);
        foreach (var handler in handlers)
        {
            Assert.True(handler.IsPublic && handler.IsSealed, $"{handler.FullName} must be public sealed (the mediator's generated code calls it).");
            Assert.EndsWith("Handler", handler.Name);
            var message = handler.GetInterfaces().First(IsHandlerInterface).GetGenericArguments()[0];
            Assert.Equal(message.Name + "Handler", handler.Name);
            Assert.Equal(message.Namespace, handler.Namespace);
        }
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Validators_are_named_after_their_message_and_live_beside_it(string module)
    {
        foreach (var validator in Assembly.Load(module).GetTypes().Where(t => !t.IsAbstract && IsValidator(t)))
        {
            var validated = validator.BaseType!.GetGenericArguments()[0];
            Assert.Equal(validated.Name + "Validator", validator.Name);
            Assert.Equal(validated.Namespace, validator.Namespace);
        }
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Endpoint_mappers_are_internal_static_classes_named_Endpoint_or_Endpoints(string module)
    {
        var result = Types.InAssembly(Assembly.Load(module)).That().HaveNameEndingWith("Endpoint").Or().HaveNameEndingWith("Endpoints")
            .Should().BeStatic().And().NotBePublic().GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void DbContexts_live_in_the_modules_Data_namespace(string module)
    {
        var contexts = Assembly.Load(module).GetTypes().Where(t => typeof(DbContext).IsAssignableFrom(t)).ToArray();
        if (ModuleAssemblies.WithoutTables.Contains(module))
        {
            Assert.Empty(contexts);
            return;
        }

        Assert.NotEmpty(contexts);
        Assert.All(contexts, c => Assert.Equal(module + ".Data", c.Namespace));
    }

    private static IEnumerable<Type> HandlerTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsHandlerInterface));

    private static bool IsHandlerInterface(Type i) => i.IsGenericType && (
        i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(ICommandHandler<>) ||
        i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>) || i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>));

    private static bool IsValidator(Type t) =>
        t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>);
}
