using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Microsoft.Data.Sqlite;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>
/// One module's database locked or unreadable: its requests answer 503 with Retry-After and change nothing,
/// the other modules keep serving, and <c>/health/ready</c> names the module.
/// </summary>
public sealed class DatabaseUnavailableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_the_registry_database_locked_by_another_writer_When_an_institution_is_created_Then_503_with_retry_after_and_identity_keeps_serving()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Database:BusyTimeoutSeconds"] = "1" });
        var admin = await factory.CreateSignedInClientAsync();
        var body = RegistryTestData.NewInstitutionBody();

        await using (var blocker = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "registry.db")};Pooling=False"))
        {
            await blocker.OpenAsync(Ct);
            await using var begin = blocker.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(Ct);

            var response = await admin.PostAsJsonAsync("/api/v1/registry/institutions", body, Ct);

            var problem = await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("database_unavailable", problem.Code());
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.NotNull(problem.GetProperty("traceId").GetString());
            await admin.GetJsonAsync("/api/v1/auth/me");
            await admin.CreateUserAsync(); // another module's writes go on
        }

        var list = await admin.GetJsonAsync($"/api/v1/registry/institutions?search={body["creditCode"]}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var retried = await admin.PostAsJsonAsync("/api/v1/registry/institutions", body, Ct);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    [Fact]
    public async Task Given_the_registry_database_file_damaged_When_requests_arrive_Then_registry_answers_503_identity_serves_and_ready_names_the_module()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            await using (var first = new JiafuApiFactory(directory))
            {
                await first.CreateSignedInClientAsync();
            }

            SqliteConnection.ClearAllPools();
            var registry = Path.Combine(directory, "registry.db");
            await File.WriteAllBytesAsync(registry, Enumerable.Repeat((byte)0x42, 8192).ToArray(), Ct);
            File.Delete(registry + "-wal");
            File.Delete(registry + "-shm");

            // Started without migrating (it would stop at the damaged file), the host serves what it can.
            await using var factory = new JiafuApiFactory(directory, new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" });
            var admin = await factory.CreateSignedInClientAsync();

            var response = await admin.GetAsync("/api/v1/registry/institutions", Ct);

            var problem = await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("database_unavailable", problem.Code());
            Assert.NotNull(response.Headers.RetryAfter);
            await admin.GetJsonAsync("/api/v1/auth/me");

            var ready = await factory.CreateClient().GetAsync("/health/ready", Ct);
            var health = await ready.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
            var databases = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "databases");
            Assert.Equal("error", databases.GetProperty("data").GetProperty("registry").GetString());
            Assert.Equal("ok", databases.GetProperty("data").GetProperty("identity").GetString());
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }
}
