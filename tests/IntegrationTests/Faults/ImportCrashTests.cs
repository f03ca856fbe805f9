using System.Net;
using System.Text;
using Jiafu.IntegrationTests.Imports;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Shared.Validation;
using Microsoft.Data.Sqlite;

namespace Jiafu.IntegrationTests.Faults;

/// <summary>
/// The host process killed (SIGKILL) in the middle of a large import commit: the file is either wholly committed
/// or not at all, and after restart the job completes once, with no duplicate, and a re-post adds nothing.
/// </summary>
public sealed class ImportCrashTests
{
    private const int Rows = 20_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_large_commit_running_When_the_host_is_killed_Then_nothing_or_everything_is_written_and_a_restart_completes_it_once()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            string csv;
            string statusUrl;
            await using (var doomed = await HostProcess.StartAsync(directory))
            {
                var admin = await doomed.CreateSignedInClientAsync();
                var institution = await admin.CreateInstitutionAsync();
                csv = Csv(institution.CreditCode);
                var accepted = await admin.SubmitCsvAsync(csv, "commit");
                statusUrl = accepted.GetProperty("statusUrl").GetString()!;

                // Kill as soon as the runner is working on the file (or, on a fast machine, just after it finished).
                await HttpAssertions.EventuallyAsync(
                    async () => (await admin.GetJsonAsync(statusUrl)).GetProperty("state").GetString(),
                    state => state is "Running" or "Completed", TimeSpan.FromSeconds(60));
                await doomed.KillAsync();
            }

            var afterKill = CountWorkers(directory);
            TestContext.Current.TestOutputHelper?.WriteLine($"Rows written when the host was killed: {afterKill} of {Rows}");
            Assert.True(afterKill is 0 or Rows, $"{afterKill} of {Rows} rows were written before the kill: the commit was not all or nothing.");

            await using var restarted = await HostProcess.StartAsync(directory);
            var client = await restarted.CreateSignedInClientAsync();
            var job = await HttpAssertions.EventuallyAsync(
                async () => await client.GetJsonAsync(statusUrl),
                j => j.GetProperty("state").GetString() is "Completed" or "Failed", TimeSpan.FromSeconds(120));
            Assert.Equal("Completed", job.GetProperty("state").GetString());
            Assert.Equal(Rows, CountWorkers(directory));

            var again = await client.SubmitCsvAsync(csv, "commit");
            await client.WaitForJobAsync(again);
            Assert.Equal(Rows, CountWorkers(directory));
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    private static string Csv(string creditCode)
    {
        var csv = new StringBuilder(ImportTestApi.Header).Append('\n');
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(ImportTestApi.Row($"断电{i:D5}", UniqueIdNumber(i), RegistryTestData.NewMobilePhone(), creditCode)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Distinct valid ID numbers: a birth date and sequence number per row (random ones would collide at this count).</summary>
    private static string UniqueIdNumber(int i)
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(i / 900);
        var first17 = $"150203{birth:yyyyMMdd}{100 + i % 900:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    private static int CountWorkers(string directory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "registry.db")};Pooling=false;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Workers";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
