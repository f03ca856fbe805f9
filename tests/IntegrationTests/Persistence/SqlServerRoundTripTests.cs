using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Testcontainers.MsSql;

namespace Jiafu.IntegrationTests.Persistence;

/// <summary>Migrates a real SQL Server and round-trips a record over HTTP. Needs a Docker engine; skips without one.</summary>
public sealed class SqlServerRoundTripTests
{
    [Fact]
    public async Task Given_SqlServer_When_the_host_starts_Then_it_migrates_and_stores_a_user()
    {
        Assert.SkipUnless(DockerEngine.IsAvailable(), "No Docker engine on this machine: the SQL Server container test cannot run here.");
        var ct = TestContext.Current.CancellationToken;
        await using var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04").Build();
        await container.StartAsync(ct);
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = container.GetConnectionString(),
            ["Security:AllowGeneratedKeys"] = "true",
        });
        var client = await factory.CreateSignedInClientAsync();
        var created = await client.PostAsJsonAsync("/api/v1/identity/users",
            new { userName = "sqlserver.user", password = "Passw0rd-x", displayName = "王五", roles = new[] { "DistrictOfficer" } }, ct);
        var user = await created.ReadJsonAsync(HttpStatusCode.Created);
        var read = await (await client.GetAsync($"/api/v1/identity/users/{user.GetProperty("id").GetString()}", ct)).ReadJsonAsync();
        Assert.Equal("王五", read.GetProperty("displayName").GetString());
    }
}

internal static class DockerEngine
{
    public static bool IsAvailable()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host))
        {
            return true;
        }

        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var s = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            s.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
