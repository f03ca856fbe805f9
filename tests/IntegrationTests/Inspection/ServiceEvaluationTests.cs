using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>Service evaluations (服务评价) by platforms and officers: binding, validation, uniqueness, idempotency, summary.</summary>
public sealed class ServiceEvaluationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Url = InspectionTestApi.Base + "/service-evaluations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static object Body(Guid institutionId, string reference, int rating = 5, int daysAgo = 3, string? comment = "阿姨做事认真") => new
    {
        institutionId,
        serviceReference = reference,
        serviceDate = InspectionTestApi.Today.AddDays(-daysAgo).ToString("yyyy-MM-dd"),
        rating,
        comment,
    };

    private static string NewReference() => "ORD-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Given_a_platform_bound_to_an_institution_When_it_evaluates_Then_only_its_institutions_once_per_service_and_the_summary_counts_them()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institutions = await admin.CreateRecognisedInstitutionsAsync(2);
        var platform = await Factory.CreateApiClientForAsync(admin, [institutions[0].Id], "inspection.write", "inspection.read");

        var reference = NewReference();
        var created = await (await platform.PostAsJsonAsync(Url, Body(institutions[0].Id, reference, 4), Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(4, created.GetProperty("rating").GetInt32());
        Assert.Equal(reference, created.GetProperty("serviceReference").GetString());

        var duplicate = await (await platform.PostAsJsonAsync(Url, Body(institutions[0].Id, reference, 1), Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("evaluation_exists", duplicate.Code());
        Assert.True(duplicate.HasError("serviceReference"), duplicate.ToString());
        // Another submitter may evaluate the same reference (the reference is the submitter's).
        await (await admin.PostAsJsonAsync(Url, Body(institutions[0].Id, reference, 2), Ct)).EnsureStatusAsync(HttpStatusCode.Created);
        await (await platform.PostAsJsonAsync(Url, Body(institutions[0].Id, NewReference(), 5), Ct)).EnsureStatusAsync(HttpStatusCode.Created);

        await (await platform.PostAsJsonAsync(Url, Body(institutions[1].Id, NewReference()), Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
        await platform.GetJsonAsync($"{Url}/summary?institutionId={institutions[1].Id}", HttpStatusCode.NotFound);

        var summary = await platform.GetJsonAsync($"{Url}/summary?institutionId={institutions[0].Id}");
        Assert.Equal(3, summary.GetProperty("count").GetInt32());
        Assert.Equal(3.67m, summary.GetProperty("average").GetDecimal());
        Assert.Equal([0, 1, 0, 1, 1], summary.GetProperty("byRating").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        var list = await platform.GetJsonAsync($"{Url}?pageSize=50");
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), e => Assert.Equal(institutions[0].Id, e.GetProperty("institutionId").GetGuid()));
        Assert.Equal(1, (await admin.GetJsonAsync($"{Url}?institutionId={institutions[0].Id}&rating=2")).GetProperty("total").GetInt32());

        var empty = await admin.GetJsonAsync($"{Url}/summary?institutionId={institutions[1].Id}");
        Assert.Equal(0, empty.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("average").ValueKind);
    }

    [Fact]
    public async Task Given_bad_evaluations_Then_400_names_the_field_and_scopes_are_enforced()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var platform = await Factory.CreateApiClientForAsync(admin, [institution.Id], "inspection.write");
        async Task<JsonElement> Bad(object body) => await (await platform.PostAsJsonAsync(Url, body, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True((await Bad(Body(institution.Id, NewReference(), rating: 0))).HasError("rating"));
        Assert.True((await Bad(Body(institution.Id, NewReference(), rating: 6))).HasError("rating"));
        Assert.True((await Bad(Body(institution.Id, "", rating: 3))).HasError("serviceReference"));
        Assert.True((await Bad(Body(institution.Id, NewReference(), daysAgo: -1))).HasError("serviceDate"));
        Assert.True((await Bad(Body(institution.Id, NewReference(), comment: new string('好', 501)))).HasError("comment"));

        // The write scope alone does not read; a client without the write scope cannot submit.
        await (await platform.GetAsync(Url, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var reader = await Factory.CreateApiClientForAsync(admin, [institution.Id], "inspection.read");
        await (await reader.PostAsJsonAsync(Url, Body(institution.Id, NewReference()), Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, institution.Id);
        await (await operatorClient.PostAsJsonAsync(Url, Body(institution.Id, NewReference()), Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var streetB = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        await (await streetB.PostAsJsonAsync(Url, Body(institution.Id, NewReference()), Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_idempotency_key_When_the_same_evaluation_is_retried_Then_it_is_stored_once_and_replayed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var platform = await Factory.CreateApiClientForAsync(admin, [institution.Id], "inspection.write", "inspection.read");
        var body = Body(institution.Id, NewReference());
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await platform.SendAsync(request, Ct);
        }

        var first = await (await Send()).ReadJsonAsync(HttpStatusCode.Created);
        var repeat = await Send();
        var again = await repeat.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Id(), again.Id());
        Assert.Equal(1, (await platform.GetJsonAsync($"{Url}?institutionId={institution.Id}")).GetProperty("total").GetInt32());
    }
}
