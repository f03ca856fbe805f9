using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Jiafu.Contracts.Audit;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Shared.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>
/// The outbox over real hosts: events stored with the change are delivered after a restart, and two hosts
/// on one data folder deliver each event to each handler exactly once.
/// </summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task Given_two_hosts_on_one_data_folder_When_both_dispatch_Then_every_event_is_handled_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = JiafuApiFactory.NewDataDirectory();
        var probe = new DeliveryProbe();
        try
        {
            await using var first = Host(directory, probe);
            var firstClient = await first.CreateSignedInClientAsync();
            await using var second = Host(directory, probe);
            var secondClient = await second.CreateSignedInClientAsync();

            const int perHost = 15;
            await Task.WhenAll(Enumerable.Range(0, perHost).SelectMany(i => new[]
            {
                CreateUserAsync(firstClient, $"host1.user{i}", ct),
                CreateUserAsync(secondClient, $"host2.user{i}", ct),
            }));

            var pending = await HttpAssertions.EventuallyAsync(() => Task.FromResult(PendingOutboxMessages(directory)), n => n == 0);
            Assert.Equal(0, pending);
            var handled = probe.Deliveries.Where(d => d.Value.Action == "CreateUser").ToArray();
            Assert.Equal(2 * perHost, handled.Length);
            Assert.All(handled, d => Assert.Equal(1, d.Value.Count));

            var verification = await (await firstClient.GetAsync("/api/v1/identity/audit/verify", ct)).ReadJsonAsync();
            Assert.True(verification.GetProperty("valid").GetBoolean());
            var audit = await (await firstClient.GetAsync("/api/v1/identity/audit?action=CreateUser&pageSize=200", ct)).ReadJsonAsync();
            Assert.Equal(2 * perHost, audit.GetProperty("total").GetInt32());
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    [Fact]
    public async Task Given_a_host_that_stopped_before_dispatching_When_another_host_starts_Then_the_stored_events_are_delivered()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = JiafuApiFactory.NewDataDirectory();
        var probe = new DeliveryProbe();
        try
        {
            await using (var silent = Host(directory, probe, new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }))
            {
                var client = await silent.CreateSignedInClientAsync();
                await CreateUserAsync(client, "stored.before.restart", ct);
                Assert.Equal(1, PendingOutboxMessages(directory));
            }

            Assert.Empty(probe.Deliveries);
            await using var restarted = Host(directory, probe);
            _ = restarted.Server;
            await HttpAssertions.EventuallyAsync(() => Task.FromResult(PendingOutboxMessages(directory)), n => n == 0);
            var delivery = Assert.Single(probe.Deliveries.Values, d => d.Action == "CreateUser");
            Assert.Equal(1, delivery.Count);
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    private static JiafuApiFactory Host(string directory, DeliveryProbe probe, Dictionary<string, string?>? settings = null)
    {
        var hostId = Guid.NewGuid().ToString("N")[..8];
        return new JiafuApiFactory(directory, settings,
            s => s.AddScoped<IIntegrationEventHandler<AuditRecorded>>(_ => new ProbeHandler(probe, hostId)));
    }

    private static async Task CreateUserAsync(HttpClient client, string userName, CancellationToken ct)
    {
        var response = await client.PostAsJsonAsync("/api/v1/identity/users",
            new { userName, password = "Passw0rd-x", displayName = "测试用户", roles = new[] { "DistrictOfficer" } }, ct);
        await response.EnsureStatusAsync(HttpStatusCode.Created);
    }

    private static int PendingOutboxMessages(string directory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "identity.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class DeliveryProbe
    {
        public ConcurrentDictionary<Guid, (string Action, string Host, int Count)> Deliveries { get; } = new();
    }

    private sealed class ProbeHandler(DeliveryProbe probe, string hostId) : IIntegrationEventHandler<AuditRecorded>
    {
        public Task HandleAsync(AuditRecorded integrationEvent, CancellationToken ct)
        {
            probe.Deliveries.AddOrUpdate(integrationEvent.Id, (integrationEvent.Action, hostId, 1), (_, d) => (d.Action, d.Host, d.Count + 1));
            return Task.CompletedTask;
        }
    }
}
