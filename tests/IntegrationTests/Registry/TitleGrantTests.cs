using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using static Jiafu.IntegrationTests.Registry.ServicePointFilingTitleTestApi;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Brand and leading-enterprise titles (品牌称号): grant, duplicates, withdraw, scope.</summary>
public sealed class TitleGrantTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static int ThisYear => TodayInChina().Year;

    [Fact]
    public async Task Given_a_catalogue_title_When_granting_Then_201_with_the_catalogue_level_and_listed_on_the_institution()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();

        var response = await admin.GrantTitleAsync(institution.Id, "RegionalFamousBrand", ThisYear - 1);

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"{TitlesUrl(institution.Id)}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("RegionalFamousBrand", json.GetProperty("title").GetString());
        Assert.Equal("自治区家庭服务知名品牌", json.GetProperty("name").GetString());
        Assert.Equal("Region", json.GetProperty("level").GetString());
        Assert.Equal(ThisYear - 1, json.GetProperty("year").GetInt32());
        Assert.True(json.GetProperty("isCurrent").GetBoolean());
        Assert.Equal(JiafuApiFactory.AdminUserName, json.GetProperty("grantedBy").GetString());

        var city = await (await admin.GrantTitleAsync(institution.Id, "BaotouCharacteristicBrand", ThisYear)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("City", city.GetProperty("level").GetString());

        var list = (await admin.GetJsonAsync(TitlesUrl(institution.Id))).EnumerateArray().ToList();
        Assert.Equal(["BaotouCharacteristicBrand", "RegionalFamousBrand"], list.Select(t => t.GetProperty("title").GetString()).ToArray());
        var detail = await admin.GetInstitutionAsync(institution.Id);
        Assert.Equal(2, detail.GetProperty("titles").GetArrayLength());
    }

    [Fact]
    public async Task Given_a_title_already_granted_for_the_year_When_granting_it_again_Then_409_but_another_year_is_fine()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        await (await admin.GrantTitleAsync(institution.Id, "Top100Top10", ThisYear)).EnsureStatusAsync(HttpStatusCode.Created);

        var problem = await (await admin.GrantTitleAsync(institution.Id, "Top100Top10", ThisYear)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("duplicate_title", problem.Code());
        Assert.True(problem.HasError("title"));
        await (await admin.GrantTitleAsync(institution.Id, "Top100Top10", ThisYear - 1)).EnsureStatusAsync(HttpStatusCode.Created);
        var other = await admin.CreateInstitutionAsync();
        await (await admin.GrantTitleAsync(other.Id, "Top100Top10", ThisYear)).EnsureStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_concurrent_grants_of_one_title_and_year_When_racing_Then_one_201_and_the_rest_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => admin.GrantTitleAsync(institution.Id, "Frontrunner", ThisYear)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Theory]
    [InlineData("NoSuchTitle", 0, "title")]
    [InlineData("", 0, "title")]
    [InlineData("Frontrunner", 1, "year")]
    [InlineData("Frontrunner", -100, "year")]
    public async Task Given_a_bad_title_or_year_When_granting_Then_400_on_that_field(string title, int yearOffset, string field)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();

        var problem = await (await admin.GrantTitleAsync(institution.Id, title, ThisYear + yearOffset)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError(field));
    }

    [Fact]
    public async Task Given_a_granted_title_When_withdrawing_Then_it_stays_listed_as_withdrawn_and_leaves_the_institution_detail()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var granted = await (await admin.GrantTitleAsync(institution.Id, "TrainingDemonstrationBase", ThisYear)).ReadJsonAsync(HttpStatusCode.Created);
        var id = granted.GetProperty("id").GetGuid();

        var missing = await (await admin.WithdrawTitleAsync(institution.Id, id, " ")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.HasError("reason"));

        var withdrawn = await (await admin.WithdrawTitleAsync(institution.Id, id, "年度考评不合格")).ReadJsonAsync();
        Assert.False(withdrawn.GetProperty("isCurrent").GetBoolean());
        Assert.Equal("年度考评不合格", withdrawn.GetProperty("withdrawnReason").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, withdrawn.GetProperty("withdrawnAt").ValueKind);

        var list = (await admin.GetJsonAsync(TitlesUrl(institution.Id))).EnumerateArray().ToList();
        Assert.Single(list);
        Assert.False(list[0].GetProperty("isCurrent").GetBoolean());
        Assert.Equal(0, (await admin.GetInstitutionAsync(institution.Id)).GetProperty("titles").GetArrayLength());

        var twice = await (await admin.WithdrawTitleAsync(institution.Id, id, "再次撤销")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("already_withdrawn", twice.Code());
        var regrant = await (await admin.GrantTitleAsync(institution.Id, "TrainingDemonstrationBase", ThisYear)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate_title", regrant.Code());
    }

    [Fact]
    public async Task Given_a_title_of_another_institution_When_withdrawing_it_through_this_one_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var holder = await admin.CreateInstitutionAsync();
        var other = await admin.CreateInstitutionAsync();
        var id = (await (await admin.GrantTitleAsync(holder.Id, "Frontrunner", ThisYear)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await admin.WithdrawTitleAsync(other.Id, id, "原因")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GrantTitleAsync(Guid.NewGuid(), "Frontrunner", ThisYear)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync(TitlesUrl(Guid.NewGuid()), Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_street_officers_When_reading_and_granting_titles_Then_other_street_404_own_street_reads_and_granting_is_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var id = (await (await admin.GrantTitleAsync(institution.Id, "Frontrunner", ThisYear)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var other = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        var own = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        await (await other.GetAsync(TitlesUrl(institution.Id), Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await own.GetJsonAsync(TitlesUrl(institution.Id))).EnumerateArray());
        await (await own.GrantTitleAsync(institution.Id, "Top100Top10", ThisYear)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await own.WithdrawTitleAsync(institution.Id, id, "原因")).ReadProblemAsync(HttpStatusCode.Forbidden);

        var operatorClient = await Factory.CreateOperatorClientAsync(admin, institution.Id);
        Assert.Single((await operatorClient.GetJsonAsync(TitlesUrl(institution.Id))).EnumerateArray());
        await (await operatorClient.GrantTitleAsync(institution.Id, "Top100Top10", ThisYear)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}
