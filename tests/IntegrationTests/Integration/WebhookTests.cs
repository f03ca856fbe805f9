using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Voucher;

namespace Jiafu.IntegrationTests.Integration;

/// <summary>A host whose webhook retries wait milliseconds, allowed to deliver to http://localhost, with a real receiver.</summary>
public sealed class WebhookFixture : IAsyncLifetime
{
    public JiafuApiFactory Factory { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Integration:Webhooks:AllowInsecureLocalhost"] = "true",
        ["Integration:Webhooks:InitialBackoff"] = "00:00:00.050",
        ["Integration:Webhooks:MaxBackoff"] = "00:00:00.200",
        ["Integration:Webhooks:PollInterval"] = "00:00:00.100",
        ["Integration:Webhooks:RequestTimeout"] = "00:00:05",
    });

    public WebhookReceiver Receiver { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        Receiver = await WebhookReceiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

public sealed class WebhookTests(WebhookFixture fixture) : IClassFixture<WebhookFixture>
{
    private const string Webhooks = "/api/v1/integration/webhooks";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private WebhookReceiver Receiver => fixture.Receiver;

    /// <summary>An API client bound to <paramref name="institutionIds"/>, signed in with the client-credentials grant.</summary>
    private async Task<(HttpClient Http, Guid Id)> NewApiClientAsync(HttpClient admin, string[] scopes, params Guid[] institutionIds)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/identity/clients", new
        {
            name = IdentityTestApi.UniqueName("platform"),
            scopes,
            institutionIds = institutionIds.Select(i => i.ToString()).ToArray(),
        }, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var created = new CreatedApiClient(json.GetProperty("id").GetGuid(), json.GetProperty("clientId").GetString()!,
            json.GetProperty("clientSecret").GetString()!, json);
        return (await Factory.CreateClientSignedInAsync(created), created.Id);
    }

    private static async Task<(Guid Id, string Secret)> SubscribeAsync(HttpClient client, string url, params string[] eventTypes)
    {
        var response = await client.PostAsJsonAsync(Webhooks, new { url, eventTypes }, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (json.GetProperty("subscription").GetProperty("id").GetGuid(), json.GetProperty("secret").GetString()!);
    }

    private static async Task<JsonElement> DeliveryEventuallyAsync(HttpClient client, Guid deliveryId, string status) =>
        await HttpAssertions.EventuallyAsync(() => client.GetJsonAsync($"{Webhooks}/deliveries/{deliveryId}"),
            d => d.GetProperty("status").GetString() == status);

    /// <summary>The signature check a receiver would write, independent of the server's code: HMAC-SHA256 over "timestamp.body".</summary>
    private static bool SignatureIsValid(ReceivedWebhook hook, string secret)
    {
        var timestamp = hook.Header("Jiafu-Webhook-Timestamp");
        var signature = hook.Header("Jiafu-Webhook-Signature");
        if (!signature.StartsWith("v1=", StringComparison.Ordinal) || !long.TryParse(timestamp, out var seconds))
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + hook.Body));
        var sent = Convert.FromHexString(signature["v1=".Length..]);
        return CryptographicOperations.FixedTimeEquals(expected, sent)
            && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) < 300;
    }

    [Fact]
    public async Task Given_a_subscription_When_a_voucher_is_assigned_to_the_bound_institution_Then_a_signed_event_arrives_and_another_institutions_voucher_never_does()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var mine = await admin.RecognisedInstitutionAsync();
        var other = await admin.RecognisedInstitutionAsync();
        var (client, _) = await NewApiClientAsync(admin, ["vouchers.read", "integration.webhooks"], mine);
        var hook = "assigned-" + Guid.NewGuid().ToString("N")[..8];
        var (_, secret) = await SubscribeAsync(client, Receiver.Hook(hook), "voucher.assigned-to-institution", "voucher.status-changed");
        var batch = await admin.CreateBatchAsync();
        var othersVoucher = await admin.IssueVoucherAsync(batch);
        var myVoucher = await admin.IssueVoucherAsync(batch);

        await (await admin.SelectAsync(othersVoucher, other)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.SelectAsync(myVoucher, mine)).EnsureStatusAsync(HttpStatusCode.OK);

        var received = await HttpAssertions.EventuallyAsync(() => Task.FromResult(Receiver.For(hook)), r => r.Count >= 2);
        Assert.Equal(2, received.Count);
        var assigned = received.Single(r => r.Header("Jiafu-Webhook-Type") == "voucher.assigned-to-institution");
        Assert.True(SignatureIsValid(assigned, secret), "the signature does not verify");
        Assert.False(SignatureIsValid(assigned, secret + "x"));
        using var body = JsonDocument.Parse(assigned.Body);
        var root = body.RootElement;
        Assert.Equal(assigned.Header("Jiafu-Webhook-Id"), root.GetProperty("id").GetString());
        Assert.Equal("voucher.assigned-to-institution", root.GetProperty("type").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("occurredAt").TryGetDateTimeOffset(out _));
        Assert.Equal(myVoucher, root.GetProperty("data").GetProperty("voucherId").GetGuid());
        Assert.Equal(mine, root.GetProperty("data").GetProperty("institutionId").GetGuid());
        Assert.Equal("voucher.status-changed", received.Single(r => r != assigned).Header("Jiafu-Webhook-Type"));

        // The other institution's voucher was selected first, so its events were dispatched before ours: none reached this client.
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(Receiver.For(hook), r => r.Body.Contains(othersVoucher.ToString(), StringComparison.OrdinalIgnoreCase)
            || r.Body.Contains(other.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_a_receiver_that_fails_twice_When_pinged_Then_the_third_attempt_succeeds_and_the_log_records_every_attempt()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (client, _) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());
        var hook = "flaky-" + Guid.NewGuid().ToString("N")[..8];
        var (subscriptionId, secret) = await SubscribeAsync(client, Receiver.Hook(hook, n => n <= 2 ? 500 : 200), "registry.worker-registered");

        var ping = await client.PostAsync($"{Webhooks}/{subscriptionId}/ping", null, Ct);

        var queued = await ping.ReadJsonAsync(HttpStatusCode.Accepted);
        var deliveryId = queued.GetProperty("id").GetGuid();
        var delivery = await DeliveryEventuallyAsync(client, deliveryId, "Succeeded");
        Assert.Equal("Succeeded", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        var attempts = delivery.GetProperty("attemptLog").EnumerateArray().ToList();
        Assert.Equal([500, 500, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.All(attempts, a => Assert.True(a.GetProperty("durationMs").GetInt32() >= 0));
        var received = Receiver.For(hook);
        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.True(SignatureIsValid(r, secret)));
        Assert.Single(received.Select(r => r.Header("Jiafu-Webhook-Id")).Distinct());
        using var body = JsonDocument.Parse(received[^1].Body);
        Assert.Equal("ping", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(subscriptionId, body.RootElement.GetProperty("data").GetProperty("subscriptionId").GetGuid());

        var log = await client.GetJsonAsync($"{Webhooks}/{subscriptionId}/deliveries");
        Assert.Equal(deliveryId, log.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(200, log.GetProperty("items")[0].GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task Given_an_idempotency_key_When_a_replay_is_posted_twice_Then_one_replay_is_queued_and_both_answers_name_it()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (client, _) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());
        var hook = "replay-once-" + Guid.NewGuid().ToString("N")[..8];
        var (subscriptionId, _) = await SubscribeAsync(client, Receiver.Hook(hook), "registry.worker-registered");
        var first = (await (await client.PostAsync($"{Webhooks}/{subscriptionId}/ping", null, Ct)).ReadJsonAsync(HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await DeliveryEventuallyAsync(client, first, "Succeeded");

        var key = Guid.NewGuid().ToString();
        var answers = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Webhooks}/deliveries/{first}/replay");
            request.Headers.Add("Idempotency-Key", key);
            answers.Add((await (await client.SendAsync(request, Ct)).ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid());
        }

        Assert.Equal(answers[0], answers[1]);
        await DeliveryEventuallyAsync(client, answers[0], "Succeeded");
        var log = await (await client.GetAsync($"{Webhooks}/{subscriptionId}/deliveries", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, log.GetProperty("total").GetInt32());
        Assert.Equal(2, Receiver.For(hook).Count);
    }

    [Fact]
    public async Task Given_a_delivered_event_When_replayed_Then_it_arrives_again_with_the_same_event_id_and_body()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (client, _) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());
        var hook = "replay-" + Guid.NewGuid().ToString("N")[..8];
        var (subscriptionId, secret) = await SubscribeAsync(client, Receiver.Hook(hook), "registry.worker-registered");
        var first = (await (await client.PostAsync($"{Webhooks}/{subscriptionId}/ping", null, Ct)).ReadJsonAsync(HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await DeliveryEventuallyAsync(client, first, "Succeeded");

        var replay = await client.PostAsync($"{Webhooks}/deliveries/{first}/replay", null, Ct);

        var replayed = await replay.ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.NotEqual(first, replayed.GetProperty("id").GetGuid());
        Assert.Equal(first, replayed.GetProperty("replayOf").GetGuid());
        await DeliveryEventuallyAsync(client, replayed.GetProperty("id").GetGuid(), "Succeeded");
        var received = Receiver.For(hook);
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].Header("Jiafu-Webhook-Id"), received[1].Header("Jiafu-Webhook-Id"));
        Assert.Equal(received[0].Body, received[1].Body);
        Assert.True(SignatureIsValid(received[1], secret));
    }

    [Fact]
    public async Task Given_an_event_type_outside_the_clients_scopes_a_plain_http_url_or_a_link_local_address_When_subscribing_Then_400_names_the_field()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (client, _) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());

        var outOfScope = await client.PostAsJsonAsync(Webhooks,
            new { url = Receiver.Hook("x"), eventTypes = new[] { "registry.worker-registered", "subsidy.application-paid" } }, Ct);
        var insecure = await client.PostAsJsonAsync(Webhooks,
            new { url = "http://partner.example.com/hook", eventTypes = new[] { "registry.worker-registered" } }, Ct);

        var privateAddress = await client.PostAsJsonAsync(Webhooks,
            new { url = "https://169.254.169.254/latest/meta-data", eventTypes = new[] { "registry.worker-registered" } }, Ct);

        Assert.True((await outOfScope.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("eventTypes[1]"));
        Assert.True((await insecure.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("url"));
        Assert.True((await privateAddress.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("url"));
    }

    [Fact]
    public async Task Given_another_clients_subscription_When_a_client_reads_pings_or_deletes_it_Then_404_and_the_secret_is_never_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (owner, ownerId) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());
        var (stranger, _) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());
        var (subscriptionId, secret) = await SubscribeAsync(owner, Receiver.Hook("owned"), "registry.worker-registered");

        await (await stranger.PostAsync($"{Webhooks}/{subscriptionId}/ping", null, Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{Webhooks}/{subscriptionId}", Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"{Webhooks}/{subscriptionId}/deliveries", Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await stranger.GetJsonAsync(Webhooks)).GetProperty("total").GetInt32());

        var listed = await admin.GetAsync($"{Webhooks}?clientId={ownerId}", Ct);
        var raw = await listed.Content.ReadAsStringAsync(Ct);
        Assert.Contains(subscriptionId.ToString(), raw);
        Assert.DoesNotContain(secret, raw);
        Assert.DoesNotContain("secret\"", raw, StringComparison.OrdinalIgnoreCase);

        await (await owner.DeleteAsync($"{Webhooks}/{subscriptionId}", Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(0, (await owner.GetJsonAsync(Webhooks)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_delivery_being_retried_When_its_subscription_is_deleted_Then_it_is_given_up_and_nothing_more_is_sent()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (client, _) = await NewApiClientAsync(admin, ["registry.read", "integration.webhooks"], Guid.NewGuid());
        var hook = "down-" + Guid.NewGuid().ToString("N")[..8];
        var (subscriptionId, _) = await SubscribeAsync(client, Receiver.Hook(hook, _ => 503), "registry.worker-registered");
        var deliveryId = (await (await client.PostAsync($"{Webhooks}/{subscriptionId}/ping", null, Ct)).ReadJsonAsync(HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await HttpAssertions.EventuallyAsync(() => client.GetJsonAsync($"{Webhooks}/deliveries/{deliveryId}"),
            d => d.GetProperty("attempts").GetInt32() >= 2);

        await (await client.DeleteAsync($"{Webhooks}/{subscriptionId}", Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        var delivery = await DeliveryEventuallyAsync(client, deliveryId, "Failed");
        Assert.Equal("Failed", delivery.GetProperty("status").GetString());
        await Task.Delay(200, Ct); // an attempt already in flight when the subscription was deleted may still land
        var count = Receiver.For(hook).Count;
        await Task.Delay(600, Ct);
        Assert.Equal(count, Receiver.For(hook).Count);
        await (await client.PostAsync($"{Webhooks}/deliveries/{deliveryId}/replay", null, Ct)).EnsureStatusAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_client_without_the_webhooks_scope_When_listing_subscriptions_Then_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var (client, _) = await NewApiClientAsync(admin, ["registry.read"], Guid.NewGuid());

        await (await client.GetAsync(Webhooks, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class WebhookRestartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Settings(bool deliver) => new()
    {
        ["Integration:Webhooks:Enabled"] = deliver ? "true" : "false",
        ["Integration:Webhooks:AllowInsecureLocalhost"] = "true",
        ["Integration:Webhooks:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task Given_a_delivery_queued_by_a_host_that_stops_before_sending_When_another_host_starts_on_the_database_Then_it_is_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var dataDirectory = JiafuApiFactory.NewDataDirectory();
        Guid deliveryId;
        CreatedApiClient apiClient;
        await using (var first = new JiafuApiFactory(dataDirectory, Settings(deliver: false)))
        {
            var admin = await first.CreateSignedInClientAsync();
            apiClient = await admin.CreateApiClientAsync("registry.read", "integration.webhooks");
            var client = await first.CreateClientSignedInAsync(apiClient);
            var created = await (await client.PostAsJsonAsync("/api/v1/integration/webhooks",
                new { url = receiver.Hook("restart"), eventTypes = new[] { "registry.worker-registered" } }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
            var subscriptionId = created.GetProperty("subscription").GetProperty("id").GetGuid();
            deliveryId = (await (await client.PostAsync($"/api/v1/integration/webhooks/{subscriptionId}/ping", null, Ct))
                .ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid();
            await Task.Delay(300, Ct);
            Assert.Empty(receiver.For("restart"));
        }

        try
        {
            await using var second = new JiafuApiFactory(dataDirectory, Settings(deliver: true));
            var client = await second.CreateClientSignedInAsync(apiClient);

            var delivery = await HttpAssertions.EventuallyAsync(() => client.GetJsonAsync($"/api/v1/integration/webhooks/deliveries/{deliveryId}"),
                d => d.GetProperty("status").GetString() == "Succeeded");

            Assert.Equal("Succeeded", delivery.GetProperty("status").GetString());
            Assert.Single(receiver.For("restart"));
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(dataDirectory);
        }
    }
}
