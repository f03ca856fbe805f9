using System.Security.Cryptography;
using Jiafu.Shared.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Jiafu.UnitTests.Privacy;

public sealed class PersonalDataKeysTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "jiafu-keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static string NewKey(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    private string KeyFile => Path.Combine(_dataDirectory, "keys", "personal-data.json");

    [Fact]
    public void ConfiguredKeysAreUsedAndNoFileIsWritten()
    {
        var options = new PersonalDataOptions { EncryptionKey = NewKey(), LookupKey = NewKey(), KeyId = "2025a" };

        var keys = PersonalDataKeys.Load(options, _dataDirectory, allowGenerate: true, NullLogger.Instance);

        Assert.Equal("2025a", keys.CurrentKeyId);
        Assert.False(keys.IsGenerated);
        Assert.False(File.Exists(KeyFile));
        Assert.StartsWith("v1.2025a.", new PersonalDataProtector(keys).Encrypt("x"), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredKeyIdDefaultsToK1()
    {
        var keys = PersonalDataKeys.Load(new PersonalDataOptions { EncryptionKey = NewKey(), LookupKey = NewKey() }, _dataDirectory, false, NullLogger.Instance);

        Assert.Equal("k1", keys.CurrentKeyId);
    }

    [Fact]
    public void ConfiguredPreviousKeysDecryptOldValues()
    {
        var oldKey = NewKey();
        var lookupKey = NewKey();
        var old = new PersonalDataProtector(PersonalDataKeys.Load(new PersonalDataOptions { EncryptionKey = oldKey, LookupKey = lookupKey }, _dataDirectory, false, NullLogger.Instance));
        var ciphertext = old.Encrypt("张三");

        var rotated = PersonalDataKeys.Load(
            new PersonalDataOptions { EncryptionKey = NewKey(), LookupKey = lookupKey, KeyId = "k2", PreviousKeys = { ["k1"] = oldKey } },
            _dataDirectory,
            false,
            NullLogger.Instance);

        Assert.Equal("张三", new PersonalDataProtector(rotated).Decrypt(ciphertext));
        Assert.Equal(["k1", "k2"], rotated.KeyIds.Order());
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(64)]
    public void EncryptionKeyOfTheWrongSizeIsRejectedNamingTheSetting(int size)
    {
        var options = new PersonalDataOptions { EncryptionKey = NewKey(size), LookupKey = NewKey() };

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(options, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:EncryptionKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"decodes to {size}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(options.EncryptionKey!, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLookupKeyIsRejectedNamingTheSetting()
    {
        var options = new PersonalDataOptions { EncryptionKey = NewKey(), LookupKey = NewKey(16) };

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(options, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:LookupKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidBase64IsRejectedNamingTheSetting()
    {
        var options = new PersonalDataOptions { EncryptionKey = "not base64!", LookupKey = NewKey() };

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(options, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:EncryptionKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("base64", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptionKeyWithoutLookupKeyIsRejectedNamingTheMissingSetting()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            PersonalDataKeys.Load(new PersonalDataOptions { EncryptionKey = NewKey() }, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:LookupKey", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void LookupKeyWithoutEncryptionKeyIsRejectedNamingTheMissingSetting()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            PersonalDataKeys.Load(new PersonalDataOptions { LookupKey = NewKey() }, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:EncryptionKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortPreviousKeyIsRejectedNamingItsSetting()
    {
        var options = new PersonalDataOptions { EncryptionKey = NewKey(), LookupKey = NewKey(), KeyId = "k2", PreviousKeys = { ["k1"] = NewKey(24) } };

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(options, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:PreviousKeys:k1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedKeyIdIsRejectedNamingTheSetting()
    {
        var options = new PersonalDataOptions { EncryptionKey = NewKey(), LookupKey = NewKey(), KeyId = "k.1" };

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(options, _dataDirectory, true, NullLogger.Instance));

        Assert.Contains("PersonalData:KeyId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKeysWithoutGenerationThrowNamingTheSetting()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, allowGenerate: false, NullLogger.Instance));

        Assert.Contains("PersonalData:EncryptionKey", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dataDirectory));
    }

    [Fact]
    public void MissingKeysWithGenerationCreateAKeyFileOnceAndReuseIt()
    {
        var logger = new ListLogger();

        var first = PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, allowGenerate: true, logger);
        var fileAfterFirst = File.ReadAllBytes(KeyFile);
        var ciphertext = new PersonalDataProtector(first).Encrypt("11010519491231002X");
        var hash = new PersonalDataProtector(first).LookupHash("11010519491231002X");

        var second = PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, allowGenerate: true, logger);

        Assert.True(first.IsGenerated);
        Assert.True(second.IsGenerated);
        Assert.Equal(PersonalDataKeys.GeneratedKeyId, second.CurrentKeyId);
        Assert.Equal(fileAfterFirst, File.ReadAllBytes(KeyFile));
        Assert.Equal("11010519491231002X", new PersonalDataProtector(second).Decrypt(ciphertext));
        Assert.Equal(hash, new PersonalDataProtector(second).LookupHash("11010519491231002X"));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(KeyFile)!));
        Assert.Equal(2, logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("generated", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void GeneratedKeysDifferBetweenDataFolders()
    {
        var first = new PersonalDataProtector(PersonalDataKeys.Load(new PersonalDataOptions(), Path.Combine(_dataDirectory, "a"), true, NullLogger.Instance));
        var second = new PersonalDataProtector(PersonalDataKeys.Load(new PersonalDataOptions(), Path.Combine(_dataDirectory, "b"), true, NullLogger.Instance));

        Assert.NotEqual(first.LookupHash("x"), second.LookupHash("x"));
        Assert.Throws<PersonalDataDecryptionException>(() => second.Decrypt(first.Encrypt("x")));
    }

    [Fact]
    public void GeneratedKeyFileIsReadableOnlyByItsOwner()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Unix file modes are checked on Linux only.");

        PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, allowGenerate: true, NullLogger.Instance);

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(KeyFile)!));
        }
    }

    [Fact]
    public void KeyFileReadableByOthersLogsAWarning()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Unix file modes are checked on Linux only.");
        PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, allowGenerate: true, NullLogger.Instance);
        var logger = new ListLogger();

        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, allowGenerate: true, logger);
        }

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("chmod 600", StringComparison.Ordinal));
    }

    [Fact]
    public void CorruptKeyFileIsReportedAndNotOverwritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        File.WriteAllText(KeyFile, "{ not json");

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, true, NullLogger.Instance));

        Assert.Contains(KeyFile, ex.Message, StringComparison.Ordinal);
        Assert.Equal("{ not json", File.ReadAllText(KeyFile));
    }

    [Fact]
    public void KeyFileWithAShortKeyIsReported()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        File.WriteAllText(KeyFile, $$"""{ "version": 1, "keyId": "local1", "encryptionKey": "{{NewKey(16)}}", "lookupKey": "{{NewKey()}}" }""");

        var ex = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, true, NullLogger.Instance));

        Assert.Contains(KeyFile, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcurrentFirstLoadsAgreeOnOneKey()
    {
        var hashes = Enumerable.Range(0, 8)
            .AsParallel()
            .Select(_ => new PersonalDataProtector(PersonalDataKeys.Load(new PersonalDataOptions(), _dataDirectory, true, NullLogger.Instance)).LookupHash("x"))
            .ToList();

        Assert.Single(hashes.Distinct());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(KeyFile)!));
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
