using System.Text;
using Microsoft.Extensions.Logging;

namespace Jiafu.IntegrationTests.Infrastructure;

/// <summary>
/// Writes what the test hosts log, at the production levels (Information, framework categories at Warning), to
/// one file per test process under <c>$JIAFU_TEST_LOG_DIR</c>. build/test scans those files for personal data.
/// </summary>
public sealed class TestLogFile : ILoggerProvider
{
    public const string DirectoryVariable = "JIAFU_TEST_LOG_DIR";

    private static readonly Lazy<StreamWriter?> Writer = new(Open);
    private static readonly Lock Gate = new();

    public static bool IsEnabled => Writer.Value is not null;

    public ILogger CreateLogger(string categoryName) => new FileLogger(categoryName);

    public void Dispose()
    {
        // The writer is shared by every host of the process and flushed on each line.
    }

    private static StreamWriter? Open()
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            return null;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"integration-tests-{Environment.ProcessId}.log");
        return new StreamWriter(path, append: true, new UTF8Encoding(false)) { AutoFlush = true };
    }

    private static LogLevel MinimumLevel(string category) =>
        category.StartsWith("Microsoft.", StringComparison.Ordinal) || category.StartsWith("System.", StringComparison.Ordinal)
            ? LogLevel.Warning
            : LogLevel.Information;

    private sealed class FileLogger(string category) : ILogger
    {
        private readonly LogLevel _minimum = MinimumLevel(category);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= _minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || Writer.Value is not { } writer)
            {
                return;
            }

            var line = $"{DateTimeOffset.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception)}";
            lock (Gate)
            {
                writer.WriteLine(line.ReplaceLineEndings(" ⏎ "));
            }
        }
    }
}
