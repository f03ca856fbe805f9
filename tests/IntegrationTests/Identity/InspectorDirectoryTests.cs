using System.Net;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

/// <summary>The inspector directory (检查人员名录): who may read it and what it lists.</summary>
public sealed class InspectorDirectoryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Inspectors = "/api/v1/identity/inspectors";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_inspectors_and_other_users_When_a_district_officer_reads_the_directory_Then_enabled_inspectors_only_without_sign_in_details()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var first = await admin.CreateUserAsync("Inspector", displayName: $"检查员A{tag}");
        var second = await admin.CreateUserAsync("Inspector", displayName: $"检查员B{tag}");
        var gone = await admin.CreateUserAsync("Inspector", displayName: $"检查员C{tag}");
        await admin.CreateUserAsync("StreetOfficer", displayName: $"街道人员{tag}");
        await (await admin.PostAsync($"/api/v1/identity/users/{gone.Id}/disable", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        var district = await Factory.CreateSignedInUserAsync(admin, "DistrictOfficer");
        var listed = await district.GetJsonAsync($"{Inspectors}?search={tag}");
        Assert.Equal([first.Id, second.Id], listed.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        var item = listed[0];
        Assert.Equal($"检查员A{tag}", item.GetProperty("displayName").GetString());
        Assert.Equal(first.UserName, item.GetProperty("userName").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("streetCode").ValueKind);
        Assert.False(item.TryGetProperty("roles", out _));
        Assert.False(item.TryGetProperty("lastSignInAt", out _));

        var all = await admin.GetJsonAsync(Inspectors);
        Assert.Contains(all.EnumerateArray(), i => i.GetProperty("id").GetGuid() == second.Id);
        Assert.DoesNotContain(all.EnumerateArray(), i => i.GetProperty("id").GetGuid() == gone.Id);
    }

    [Fact]
    public async Task Given_roles_that_do_not_organise_inspections_When_reading_the_directory_Then_403_and_anonymous_401()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        foreach (var role in new[] { "StreetOfficer", "Inspector", "InstitutionOperator", "Auditor" })
        {
            var client = await Factory.CreateSignedInUserAsync(admin, role);
            await (await client.GetAsync(Inspectors, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        }

        await (await Factory.CreateClient().GetAsync(Inspectors, Ct)).EnsureStatusAsync(HttpStatusCode.Unauthorized);
        var tooLong = await (await admin.GetAsync($"{Inspectors}?search={new string('x', 101)}", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.HasError("search"), tooLong.ToString());
    }
}
