using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

public sealed class WorkerUpdateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_an_update_without_a_phone_Then_the_phone_is_kept_and_a_new_one_replaces_it()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var worker = await admin.CreateWorkerAsync(institution.Id);
        var officer = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");

        var keep = await Put(admin, worker.Id, worker.ETag, phone: null);
        await keep.EnsureStatusAsync(HttpStatusCode.OK);
        var revealed = await (await officer.RevealAsync(worker.Id)).ReadJsonAsync();
        Assert.Equal(worker.Phone, revealed.GetProperty("phone").GetString());

        var newPhone = RegistryTestData.NewMobilePhone();
        var replace = await Put(admin, worker.Id, keep.Headers.ETag?.Tag, newPhone);
        await replace.EnsureStatusAsync(HttpStatusCode.OK);
        revealed = await (await officer.RevealAsync(worker.Id)).ReadJsonAsync();
        Assert.Equal(newPhone, revealed.GetProperty("phone").GetString());

        var invalid = await Put(admin, worker.Id, replace.Headers.ETag?.Tag, "12345");
        await invalid.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, Guid id, string? etag, string? phone)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/registry/workers/{id}")
        {
            Content = JsonContent.Create(new
            {
                name = "更新后的姓名", phone, employmentType = "Affiliated", jobTypes = new[] { "Housekeeper" },
                identityVerified = false, certificates = Array.Empty<object>(),
            }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request, Ct);
    }
}
