namespace Jiafu.IntegrationTests.Infrastructure;

/// <summary>One host per test class (xunit class fixture); tests that need a pristine database make their own factory.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public JiafuApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
