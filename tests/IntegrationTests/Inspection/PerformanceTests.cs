using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.Contracts.Inspection;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.IntegrationTests.Subsidy;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>Performance evaluation (绩效考评): components, ranking, the excellent group, re-runs, scope, and the Subsidy award that reads it.</summary>
public sealed class PerformanceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Url = InspectionTestApi.Base + "/performance";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static JsonElement Line(JsonElement ranking, Guid institutionId) =>
        ranking.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("institutionId").GetGuid() == institutionId);

    private async Task<bool> IsExcellentAsync(Guid institutionId, int year)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IInspectionReader>().IsExcellentAsync(institutionId, year, Ct);
    }

    [Fact]
    public async Task Given_a_year_of_outcomes_complaints_and_evaluations_When_evaluated_Then_the_top_institution_is_excellent_and_may_claim_the_award()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var year = InspectionTestApi.Today.Year;
        var today = InspectionTestApi.Today.ToString("yyyy-MM-dd");
        var institutions = await admin.CreateRecognisedInstitutionsAsync(3);
        var (top, complained, idle) = (institutions[0].Id, institutions[1].Id, institutions[2].Id);
        var campaign = await admin.CreateCampaignAsync(year);
        foreach (var id in new[] { top, complained })
        {
            await (await admin.RecordOutcomeAsync((await admin.TaskForAsync(campaign.Id(), id)).Id(), "Passed")).EnsureStatusAsync(HttpStatusCode.OK);
        }

        for (var i = 0; i < 2; i++)
        {
            var complaint = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/complaints",
                new { institutionId = complained, source = "Hotline12345", receivedOn = today, content = "服务质量差" }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
            await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/complaints/{complaint.Id()}/close",
                new { outcome = "Substantiated", conclusion = "属实" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        }

        var platform = await Factory.CreateApiClientForAsync(admin, [top], "inspection.write");
        foreach (var rating in new[] { 5, 5 })
        {
            await (await platform.PostAsJsonAsync($"{InspectionTestApi.Base}/service-evaluations",
                new { institutionId = top, serviceReference = Guid.NewGuid().ToString("N"), serviceDate = today, rating }, Ct)).EnsureStatusAsync(HttpStatusCode.Created);
        }

        var run = await (await admin.PostAsync($"{Url}/{year}/run", null, Ct)).ReadJsonAsync();
        Assert.Equal(year, run.GetProperty("year").GetInt32());
        Assert.True(run.GetProperty("institutionCount").GetInt32() >= 3);

        var ranking = await admin.GetJsonAsync($"{Url}/{year}?pageSize=100");
        var first = Line(ranking, top);
        // 100 × 40% + 100 × 20% (no complaint) + 100 × 20% (ratings 5) + 100 × 20% (no spot check) = 100.
        Assert.Equal(100, first.GetProperty("inspectionScore").GetInt32());
        Assert.Equal(100m, first.GetProperty("evaluationComponent").GetDecimal());
        Assert.Equal(5m, first.GetProperty("evaluationAverage").GetDecimal());
        Assert.Equal(100m, first.GetProperty("total").GetDecimal());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.True(first.GetProperty("excellent").GetBoolean());
        var second = Line(ranking, complained);
        // 100 × 40% + (100 − 2 × 20) × 20% + 60 (no evaluation) × 20% + 100 × 20% = 84: below the minimum of 85.
        Assert.Equal(2, second.GetProperty("substantiatedComplaints").GetInt32());
        Assert.Equal(60m, second.GetProperty("complaintComponent").GetDecimal());
        Assert.Equal(84m, second.GetProperty("total").GetDecimal());
        Assert.False(second.GetProperty("excellent").GetBoolean());
        var third = Line(ranking, idle);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("inspectionScore").ValueKind);
        Assert.Equal(52m, third.GetProperty("total").GetDecimal());
        Assert.Equal(1, (await admin.GetJsonAsync($"{Url}/{year}?excellent=true")).GetProperty("total").GetInt32());

        Assert.True(await IsExcellentAsync(top, year));
        Assert.False(await IsExcellentAsync(complained, year));
        using (var scope = Factory.Services.CreateScope())
        {
            var standings = await scope.ServiceProvider.GetRequiredService<IInspectionReader>().GetStandingsAsync([top, complained], Ct);
            Assert.True(standings[top].IsExcellent);
            Assert.False(standings[complained].IsExcellent);
        }

        // The Subsidy award 年度业绩考评优秀 reads the evaluation: the excellent institution may claim it, the other may not.
        object Award(Guid institutionId) => new { itemCode = "Award", year, institutionId, inputs = new { awardCategory = "ExcellentPerformance", requestedAmount = 50_000m } };
        var granted = await (await admin.ApplyAsync(Award(top))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(50_000m, granted.Dec("amount"));
        var refused = await (await admin.ApplyAsync(Award(complained))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_eligible", refused.Code());
        Assert.Contains("绩效考评优秀", refused.GetProperty("detail").GetString());

        // Institutions see only their own line; they cannot run an evaluation.
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, complained);
        var own = await operatorClient.GetJsonAsync($"{Url}/{year}");
        Assert.Equal([complained], own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("institutionId").GetGuid()).ToArray());
        await (await operatorClient.PostAsync($"{Url}/{year}/run", null, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        Assert.Contains((await admin.GetJsonAsync(Url)).EnumerateArray(), r => r.GetProperty("year").GetInt32() == year);
    }

    [Fact]
    public async Task Given_an_evaluated_year_When_it_is_run_again_after_new_outcomes_Then_the_results_are_replaced_not_added()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var year = InspectionTestApi.Today.Year - 1;
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0].Id;

        var before = await (await admin.PostAsync($"{Url}/{year}/run", null, Ct)).ReadJsonAsync();
        Assert.Equal(0, before.GetProperty("excellentCount").GetInt32());
        var count = before.GetProperty("institutionCount").GetInt32();
        Assert.False(Line(await admin.GetJsonAsync($"{Url}/{year}?pageSize=100"), institution).GetProperty("excellent").GetBoolean());
        Assert.False(await IsExcellentAsync(institution, year));

        var campaign = await admin.CreateCampaignAsync(year);
        await (await admin.RecordOutcomeAsync((await admin.TaskForAsync(campaign.Id(), institution)).Id(), "Passed")).EnsureStatusAsync(HttpStatusCode.OK);
        var after = await (await admin.PostAsync($"{Url}/{year}/run", null, Ct)).ReadJsonAsync();
        Assert.Equal(count, after.GetProperty("institutionCount").GetInt32());
        Assert.Equal(1, after.GetProperty("excellentCount").GetInt32());
        var ranking = await admin.GetJsonAsync($"{Url}/{year}?pageSize=100");
        Assert.Equal(count, ranking.GetProperty("total").GetInt32());
        Assert.True(Line(ranking, institution).GetProperty("excellent").GetBoolean());
        Assert.Equal(1, Line(ranking, institution).GetProperty("rank").GetInt32());
        Assert.True(await IsExcellentAsync(institution, year));
    }

    [Fact]
    public async Task Given_bad_years_Then_400_names_the_field_and_an_unevaluated_year_is_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var bad = await (await admin.PostAsync($"{Url}/1999/run", null, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("year"), bad.ToString());
        var future = await (await admin.PostAsync($"{Url}/{InspectionTestApi.Today.Year + 1}/run", null, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.HasError("year"), future.ToString());
        await admin.GetJsonAsync($"{Url}/2001", HttpStatusCode.NotFound);
        var sort = await (await admin.GetAsync($"{Url}/2001?sort=score", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(sort.HasError("sort"), sort.ToString());
    }
}
