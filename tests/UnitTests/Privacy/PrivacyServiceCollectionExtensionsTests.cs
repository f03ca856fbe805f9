using System.Security.Cryptography;
using Jiafu.Shared.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Jiafu.UnitTests.Privacy;

public sealed class PrivacyServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "jiafu-keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, bool allowGeneratedKeys)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddPersonalDataProtection(configuration, _dataDirectory, allowGeneratedKeys)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void ProtectorIsASingletonUsingTheConfiguredKeys()
    {
        using var provider = Build(
            new()
            {
                ["PersonalData:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["PersonalData:LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["PersonalData:KeyId"] = "k7",
            },
            allowGeneratedKeys: false);

        var protector = provider.GetRequiredService<IPersonalDataProtector>();

        Assert.Same(protector, provider.GetRequiredService<IPersonalDataProtector>());
        Assert.StartsWith("v1.k7.", protector.Encrypt("张三"), StringComparison.Ordinal);
        Assert.Equal("张三", protector.Decrypt(protector.Encrypt("张三")));
        Assert.False(Directory.Exists(_dataDirectory));
    }

    [Fact]
    public void KeysAreLoadedLazilySoAMissingKeyFailsAtFirstUseNotAtBuild()
    {
        using var provider = Build([], allowGeneratedKeys: false);

        var ex = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<IPersonalDataProtector>);

        Assert.Contains("PersonalData:EncryptionKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedKeysAreUsedWhenAllowedAndNothingIsConfigured()
    {
        using var provider = Build([], allowGeneratedKeys: true);

        var protector = provider.GetRequiredService<IPersonalDataProtector>();

        Assert.StartsWith($"v1.{PersonalDataKeys.GeneratedKeyId}.", protector.Encrypt("x"), StringComparison.Ordinal);
        Assert.True(File.Exists(PersonalDataKeys.KeyFilePath(_dataDirectory)));
    }
}
