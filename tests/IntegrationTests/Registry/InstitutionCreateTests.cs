using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>POST /api/v1/registry/institutions: validation of the credit code and the profile, duplicates, races.</summary>
public sealed class InstitutionCreateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, object?> body) =>
        await (await Factory.CreateSignedInClientAsync()).PostAsJsonAsync(RegistryTestData.InstitutionsUrl, body, Ct);

    [Fact]
    public async Task Given_a_valid_body_When_creating_Then_201_with_body_location_and_etag()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var body = RegistryTestData.NewInstitutionBody(RegistryTestData.StreetB, ["ElderlyCare", "Housekeeping"]);
        body["isAllianceMember"] = true;
        body["allianceJoinedOn"] = "2021-03-15";

        var response = await admin.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, body, Ct);

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/registry/institutions/{id}", response.Headers.Location?.OriginalString);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal($"\"{json.GetProperty("version").GetString()}\"", etag.Tag);
        Assert.Equal(body["name"], json.GetProperty("name").GetString());
        Assert.Equal(body["creditCode"], json.GetProperty("creditCode").GetString());
        Assert.Equal(RegistryTestData.StreetB, json.GetProperty("streetCode").GetString());
        Assert.Equal("沼潭街道", json.GetProperty("streetName").GetString());
        Assert.Equal(body["address"], json.GetProperty("address").GetString());
        Assert.Equal("张三", json.GetProperty("legalRepresentative").GetString());
        Assert.Equal("0472-5123456", json.GetProperty("contactPhone").GetString());
        Assert.Equal(["ElderlyCare", "Housekeeping"], json.GetProperty("businessFormats").Strings());
        Assert.Equal("Registered", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("isAllianceMember").GetBoolean());
        Assert.Equal("2021-03-15", json.GetProperty("allianceJoinedOn").GetString());
        Assert.False(json.GetProperty("isEmployeeBased").GetBoolean());
        Assert.Equal(0, json.GetProperty("workerCount").GetInt32());
        Assert.Equal(0, json.GetProperty("titles").GetArrayLength());

        var fetched = await admin.GetAsync(response.Headers.Location, Ct);
        var stored = await fetched.ReadJsonAsync();
        Assert.Equal(body["creditCode"], stored.GetProperty("creditCode").GetString());
        Assert.Equal(etag, fetched.Headers.ETag);
    }

    [Fact]
    public async Task Given_the_reference_credit_code_When_creating_Then_201()
    {
        var response = await PostAsync(RegistryTestData.NewInstitutionBody(creditCode: RegistryTestData.KnownValidCreditCode));

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(RegistryTestData.KnownValidCreditCode, json.GetProperty("creditCode").GetString());
    }

    public static TheoryData<string, string> BadCreditCodes => new()
    {
        { "wrong check character", RegistryTestData.WithWrongCheckCharacter("91350100M000100Y43") },
        { "17 characters", "91350100M000100Y4" },
        { "19 characters", "91350100M000100Y43X" },
        { "forbidden letter I", "91350100I000100Y43" },
        { "forbidden letter O", "91350100MO00100Y43" },
        { "forbidden letters S, V and Z", "9135010SV000100Z43" },
        { "non-digit region", "91A50100M000100Y43" },
        { "punctuation", "91350100M-00100Y43" },
        { "blank", "   " },
    };

    [Theory]
    [MemberData(nameof(BadCreditCodes))]
    public async Task Given_an_invalid_credit_code_When_creating_Then_400_names_creditCode(string why, string creditCode)
    {
        var response = await PostAsync(RegistryTestData.NewInstitutionBody(creditCode: creditCode));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("creditCode"), $"{why}: {problem}");
    }

    [Fact]
    public async Task Given_a_full_width_lower_case_credit_code_with_spaces_When_creating_Then_it_is_normalised_and_accepted()
    {
        var code = RegistryTestData.NewCreditCode();
        var messy = "  " + RegistryTestData.ToFullWidth(code.ToLowerInvariant()) + " ";

        var response = await PostAsync(RegistryTestData.NewInstitutionBody(creditCode: messy));

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(code, json.GetProperty("creditCode").GetString());
    }

    [Fact]
    public async Task Given_an_existing_credit_code_When_creating_again_Then_409_names_creditCode()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateInstitutionAsync();

        var response = await admin.PostAsJsonAsync(RegistryTestData.InstitutionsUrl,
            RegistryTestData.NewInstitutionBody(creditCode: existing.CreditCode), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.True(problem.HasError("creditCode"), problem.ToString());
        Assert.Equal("duplicate_credit_code", problem.Code());
    }

    [Fact]
    public async Task Given_an_existing_credit_code_When_creating_it_in_lower_case_or_full_width_Then_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateInstitutionAsync();

        foreach (var variant in new[] { existing.CreditCode.ToLowerInvariant(), RegistryTestData.ToFullWidth(existing.CreditCode), $" {existing.CreditCode}\t" })
        {
            var response = await admin.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, RegistryTestData.NewInstitutionBody(creditCode: variant), Ct);

            var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.True(problem.HasError("creditCode"), $"{variant}: {problem}");
        }

        var list = await admin.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={existing.CreditCode}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_five_concurrent_creates_with_one_credit_code_When_they_race_Then_exactly_one_is_created_and_the_others_get_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var code = RegistryTestData.NewCreditCode();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            admin.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, RegistryTestData.NewInstitutionBody(creditCode: code), Ct)));

        var statuses = responses.Select(r => r.StatusCode).ToArray();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await conflict.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.True(problem.HasError("creditCode"), problem.ToString());
        }

        var list = await admin.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={code}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_an_unknown_street_When_creating_Then_400_names_streetCode()
    {
        var response = await PostAsync(RegistryTestData.NewInstitutionBody(streetCode: "150203999"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("streetCode"), problem.ToString());
    }

    [Fact]
    public async Task Given_an_unknown_business_format_When_creating_Then_400_names_businessFormats()
    {
        var response = await PostAsync(RegistryTestData.NewInstitutionBody(formats: ["Housekeeping", "Astrology"]));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("businessFormats"), problem.ToString());
        Assert.Contains("Astrology", problem.Errors().GetProperty("businessFormats")[0].GetString());
    }

    [Fact]
    public async Task Given_no_business_format_When_creating_Then_400_names_businessFormats()
    {
        var response = await PostAsync(RegistryTestData.NewInstitutionBody(formats: []));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("businessFormats"), problem.ToString());
    }

    [Fact]
    public async Task Given_every_format_of_the_catalogue_When_creating_Then_all_are_accepted()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var catalogue = (await admin.GetJsonAsync("/api/v1/registry/business-formats")).EnumerateArray()
            .Select(f => f.GetProperty("code").GetString()!).ToArray();

        var created = await admin.CreateInstitutionAsync(formats: catalogue);

        Assert.Equal(catalogue, created.Body.GetProperty("businessFormats").Strings());
    }

    [Fact]
    public async Task Given_missing_and_too_long_fields_and_a_bad_phone_When_creating_Then_400_names_each()
    {
        var body = RegistryTestData.NewInstitutionBody();
        body["name"] = "";
        body["address"] = new string('路', 301);
        body["legalRepresentative"] = null;
        body["contactPhone"] = "12345";

        var problem = await (await PostAsync(body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        foreach (var field in new[] { "name", "address", "legalRepresentative", "contactPhone" })
        {
            Assert.True(problem.HasError(field), $"{field}: {problem}");
        }
    }

    [Fact]
    public async Task Given_a_future_alliance_join_date_When_creating_Then_400_names_allianceJoinedOn()
    {
        var body = RegistryTestData.NewInstitutionBody();
        body["isAllianceMember"] = true;
        body["allianceJoinedOn"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd");

        var problem = await (await PostAsync(body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("allianceJoinedOn"), problem.ToString());
    }

    [Fact]
    public async Task Given_a_street_officer_When_creating_in_their_street_Then_201_and_in_another_street_Then_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        var own = await officer.CreateInstitutionAsync(RegistryTestData.StreetA);
        var other = await officer.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, RegistryTestData.NewInstitutionBody(RegistryTestData.StreetB), Ct);

        Assert.Equal(RegistryTestData.StreetA, own.StreetCode);
        await other.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_institution_operator_or_an_api_client_When_creating_Then_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateInstitutionAsync();
        var @operator = await Factory.CreateOperatorClientAsync(admin, existing.Id);
        var platform = await Factory.CreateApiClientForAsync(admin, [existing.Id], "registry.read", "registry.write");

        foreach (var client in new[] { @operator, platform })
        {
            var response = await client.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, RegistryTestData.NewInstitutionBody(), Ct);

            await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Theory]
    [InlineData("Inspector")]
    [InlineData("Auditor")]
    public async Task Given_a_read_only_role_When_creating_Then_403(string role)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var client = await Factory.CreateRoleClientAsync(admin, role);

        var response = await client.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, RegistryTestData.NewInstitutionBody(), Ct);

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_no_token_When_creating_Then_401()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync(RegistryTestData.InstitutionsUrl, RegistryTestData.NewInstitutionBody(), Ct);

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
