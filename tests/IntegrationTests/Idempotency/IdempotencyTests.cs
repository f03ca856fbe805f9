using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.IntegrationTests.Voucher;
using Jiafu.Shared.Idempotency.Data;
using Jiafu.Shared.Privacy;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jiafu.IntegrationTests.Voucher.VoucherTestData;

namespace Jiafu.IntegrationTests.Idempotency;

/// <summary><c>Idempotency-Key</c> on state-changing POSTs: replay, mismatch, concurrency, callers, expiry, 5xx, header checks.</summary>
public sealed class IdempotencyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Header = "Idempotency-Key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewKey() => Guid.NewGuid().ToString();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(Header, key);
        return client.SendAsync(request, Ct);
    }

    private static async Task<int> ApplicationsInBatchAsync(JiafuApiFactory factory, Guid batchId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VoucherDbContext>().Set<VoucherApplication>().CountAsync(a => a.BatchId == batchId, Ct);
    }

    [Fact]
    public async Task Given_a_created_institution_When_the_same_request_is_repeated_with_its_key_Then_the_first_response_is_returned_and_one_record_exists()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var body = RegistryTestData.NewInstitutionBody();
        var key = NewKey();

        var first = await PostAsync(admin, RegistryTestData.InstitutionsUrl, body, key);
        var firstJson = await first.ReadJsonAsync(HttpStatusCode.Created);
        var repeat = await PostAsync(admin, RegistryTestData.InstitutionsUrl, body, key);
        var repeatJson = await repeat.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(firstJson.GetRawText(), repeatJson.GetRawText());
        Assert.NotNull(first.Headers.Location);
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        var list = await admin.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={Uri.EscapeDataString((string)body["creditCode"]!)}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        // Without a key the same body runs again (and meets the credit-code uniqueness rule).
        await (await admin.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, body, Ct)).EnsureStatusAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_used_key_When_sent_with_another_body_Then_422_idempotency_key_reused_and_nothing_created()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var key = NewKey();
        await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), key)).EnsureStatusAsync(HttpStatusCode.Created);

        var other = await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), key)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("idempotency_key_reused", other.Code());
        Assert.Equal(1, await ApplicationsInBatchAsync(fixture.Factory, batchId));
        // The same key on another endpoint is another request too.
        var elsewhere = await (await PostAsync(admin, BatchesUrl, NewBatchBody(), key)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency_key_reused", elsewhere.Code());
    }

    [Fact]
    public async Task Given_20_concurrent_declarations_with_one_key_When_posted_Then_exactly_one_application_is_created()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var body = NewApplicationBody(batchId);
        var key = NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(admin, ApplicationsUrl, body, key)));

        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
            }
            else
            {
                // Never the business duplicate (which would mean the handler ran twice): only "still in flight".
                Assert.Equal("idempotency_in_flight", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code());
            }
        }

        Assert.Single(ids);
        Assert.Equal(1, await ApplicationsInBatchAsync(fixture.Factory, batchId));
        // Once the first has finished, a repeat gets its response.
        var after = await (await PostAsync(admin, ApplicationsUrl, body, key)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(ids.Single(), after.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Given_two_hosts_on_one_database_When_the_same_keyed_declaration_reaches_both_concurrently_Then_one_application_is_created()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            await using var hostA = new JiafuApiFactory(directory);
            var adminA = await hostA.CreateSignedInClientAsync();
            await using var hostB = new JiafuApiFactory(directory);
            var adminB = await hostB.CreateSignedInClientAsync();
            var batchId = await adminA.CreateBatchAsync();
            var body = NewApplicationBody(batchId);
            var key = NewKey();

            var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PostAsync(i % 2 == 0 ? adminA : adminB, ApplicationsUrl, body, key)));

            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
            foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            {
                Assert.Equal("idempotency_in_flight", (await conflict.ReadProblemAsync(HttpStatusCode.Conflict)).Code());
            }

            Assert.Equal(1, await ApplicationsInBatchAsync(hostA, batchId));
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    [Fact]
    public async Task Given_two_callers_When_they_use_the_same_key_Then_each_gets_their_own_result()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var officer = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var key = NewKey();

        var byAdmin = await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), key)).ReadJsonAsync(HttpStatusCode.Created);
        var byOfficerResponse = await PostAsync(officer, ApplicationsUrl, NewApplicationBody(batchId), key);
        var byOfficer = await byOfficerResponse.ReadJsonAsync(HttpStatusCode.Created);

        Assert.NotEqual(byAdmin.GetProperty("id").GetGuid(), byOfficer.GetProperty("id").GetGuid());
        Assert.False(byOfficerResponse.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await ApplicationsInBatchAsync(fixture.Factory, batchId));
    }

    [Fact]
    public async Task Given_a_client_error_When_repeated_with_its_key_Then_the_stored_problem_is_replayed()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var invalid = NewBatchBody(quantity: 0);
        var key = NewKey();

        var first = await (await PostAsync(admin, BatchesUrl, invalid, key)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var repeatResponse = await PostAsync(admin, BatchesUrl, invalid, key);
        var repeat = await repeatResponse.ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(first.HasError("quantity"));
        Assert.Equal(first.GetRawText(), repeat.GetRawText());
        Assert.Equal("true", repeatResponse.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1000)]
    public async Task Given_a_key_of_the_wrong_length_When_posted_Then_400_naming_the_header(int length)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();

        var problem = await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), new string('k', length))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError(Header));
        Assert.Equal("invalid_idempotency_key", problem.Code());
        Assert.Equal(0, await ApplicationsInBatchAsync(fixture.Factory, batchId));
        // The longest allowed key is accepted.
        await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), (NewKey() + new string('k', 255))[..255])).EnsureStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_key_with_a_space_When_posted_Then_400_naming_the_header()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var problem = await (await PostAsync(admin, BatchesUrl, NewBatchBody(), "two words")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError(Header));
    }

    [Fact]
    public async Task Given_a_key_past_its_retention_When_reused_Then_the_request_runs_again_and_the_clean_up_removes_expired_keys()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new JiafuApiFactory(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var key = NewKey();
        var expiring = NewKey();
        await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), key)).EnsureStatusAsync(HttpStatusCode.Created);
        await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), expiring)).EnsureStatusAsync(HttpStatusCode.Created);

        // Within the 24 hours the key is taken; after them it is free again.
        clock.Advance(TimeSpan.FromHours(23));
        await (await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), key)).EnsureStatusAsync(HttpStatusCode.UnprocessableEntity);
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var again = await PostAsync(admin, ApplicationsUrl, NewApplicationBody(batchId), key);
        await again.EnsureStatusAsync(HttpStatusCode.Created);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(3, await ApplicationsInBatchAsync(factory, batchId));

        // The hourly clean-up deletes the other expired key without a request touching it.
        clock.Advance(TimeSpan.FromHours(1));
        var remaining = await HttpAssertions.EventuallyAsync(async () =>
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Records.CountAsync(r => r.Key == expiring, Ct);
        }, n => n == 0);
        Assert.Equal(0, remaining);
    }

    [Fact]
    public async Task Given_a_server_error_When_retried_with_the_same_key_Then_the_error_was_not_stored_and_the_retry_succeeds()
    {
        var flaky = new FlakyProtectorSwitch();
        await using var factory = new JiafuApiFactory(configureServices: s => s.AddSingleton<IPersonalDataProtector>(sp =>
            new FlakyPersonalDataProtector(new PersonalDataProtector(sp.GetRequiredService<PersonalDataKeys>()), flaky)));
        var admin = await factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var body = NewApplicationBody(batchId);
        var key = NewKey();

        flaky.Fail = true;
        await (await PostAsync(admin, ApplicationsUrl, body, key)).ReadProblemAsync(HttpStatusCode.InternalServerError);
        flaky.Fail = false;
        var retry = await PostAsync(admin, ApplicationsUrl, body, key);

        await retry.EnsureStatusAsync(HttpStatusCode.Created);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await ApplicationsInBatchAsync(factory, batchId));
    }

    [Fact]
    public async Task Given_the_openapi_document_Then_the_header_is_documented_on_exactly_the_idempotent_operations()
    {
        var client = fixture.Factory.CreateClient();
        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        var withHeader = new HashSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var hasHeader = operation.Value.TryGetProperty("parameters", out var parameters)
                    && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == Header && p.GetProperty("in").GetString() == "header");
                if (hasHeader)
                {
                    Assert.Equal("post", operation.Name);
                    withHeader.Add(operation.Value.GetProperty("operationId").GetString()!);
                }
            }
        }

        string[] expected =
        [
            "CreateInstitution", "CreateWorker", "MoveWorker", "RevokeWorkerCredentials", "SubmitEmployeeFiling", "ApproveEmployeeFiling",
            "GrantInstitutionTitle", "CreateTrainingClass", "EnrollTrainee", "AssessEnrollment", "SubmitVoucherApplication",
            "ApproveVoucherApplication", "RejectVoucherApplication", "CreateVoucherBatch", "IssueVoucherBatch", "CreateVoucherSettlement",
            "ApproveVoucherSettlement", "PayVoucherSettlement", "SubmitSubsidyApplication", "PaySubsidyApplication",
        ];
        Assert.All(expected, id => Assert.Contains(id, withHeader));
        Assert.DoesNotContain("RevealWorkerPersonalData", withHeader);
        Assert.DoesNotContain("Login", withHeader);
        Assert.DoesNotContain(withHeader, id => id.StartsWith("Update", StringComparison.Ordinal) || id.StartsWith("List", StringComparison.Ordinal));
    }

    private sealed class FlakyProtectorSwitch
    {
        public volatile bool Fail;
    }

    /// <summary>Throws (a 500) while the switch is on, so a handler fails before it saves anything.</summary>
    private sealed class FlakyPersonalDataProtector(IPersonalDataProtector inner, FlakyProtectorSwitch flaky) : IPersonalDataProtector
    {
        public string Encrypt(string plaintext) => flaky.Fail ? throw new InvalidOperationException("Simulated failure") : inner.Encrypt(plaintext);

        public string Decrypt(string ciphertext) => inner.Decrypt(ciphertext);

        public string LookupHash(string value) => flaky.Fail ? throw new InvalidOperationException("Simulated failure") : inner.LookupHash(value);
    }
}
