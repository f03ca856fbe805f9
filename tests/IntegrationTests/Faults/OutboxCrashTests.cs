using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Jiafu.IntegrationTests.Faults;

/// <summary>The host process killed (SIGKILL) between a change and its outbox dispatch: the event is delivered after restart, once.</summary>
public sealed class OutboxCrashTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_change_whose_event_is_not_yet_dispatched_When_the_host_is_killed_and_restarted_Then_the_event_is_delivered_exactly_once()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            var userName = IdentityTestApi.UniqueName("crash");
            await using (var doomed = await HostProcess.StartAsync(directory, new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }))
            {
                var admin = await doomed.CreateSignedInClientAsync();
                var created = await admin.PostAsJsonAsync("/api/v1/identity/users", new
                {
                    userName, password = IdentityTestApi.DefaultPassword, displayName = "断电测试", roles = new[] { "DistrictOfficer" },
                }, Ct);
                await created.EnsureStatusAsync(HttpStatusCode.Created);
                Assert.Equal(1, PendingAuditEvents(directory, userName));

                await doomed.KillAsync();
            }

            await using var restarted = await HostProcess.StartAsync(directory);
            var auditor = await restarted.CreateSignedInClientAsync();
            await HttpAssertions.EventuallyAsync(() => Task.FromResult(PendingAuditEvents(directory, userName)), n => n == 0);

            var audit = await auditor.GetJsonAsync($"/api/v1/identity/audit?action=CreateUser&pageSize=200");
            var entries = audit.GetProperty("items").EnumerateArray()
                .Count(e => e.GetRawText().Contains(userName, StringComparison.Ordinal));
            Assert.Equal(1, entries);
            var verification = await auditor.GetJsonAsync("/api/v1/identity/audit/verify");
            Assert.True(verification.GetProperty("valid").GetBoolean());
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    private static int PendingAuditEvents(string directory, string userName)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "identity.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL AND Payload LIKE $name";
        command.Parameters.AddWithValue("$name", $"%{userName}%");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
