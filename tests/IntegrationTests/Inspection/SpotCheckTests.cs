using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.Inspection.Domain;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>双随机、一公开 over HTTP: seed recorded before the draw, reproducible draw, recusal, results and the public view.</summary>
public sealed class SpotCheckTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_plan_with_a_recorded_seed_When_drawn_Then_the_sample_is_reproducible_conflicts_are_recused_and_results_are_published_without_names()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institutions = await admin.CreateRecognisedInstitutionsAsync(4, RegistryTestData.StreetC);
        var inspectors = new List<CreatedUser>();
        for (var i = 0; i < 4; i++)
        {
            inspectors.Add(await admin.CreateScopedUserAsync("Inspector"));
        }

        // Everyone is drawn (rate 1000‰); the first inspector is tied to every new institution, the second lives in their street.
        var seed = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant() + "00112233445566778899aabbccddeeff";
        var plan = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans", new
        {
            name = "2026年度家庭服务机构双随机抽查",
            year = 2026,
            population = "Institutions",
            seed,
            rates = new { a = 1000, b = 1000, c = 1000, d = 1000 },
            inspectorsPerObject = 2,
            recuseSameStreet = true,
            inspectors = inspectors.Select((u, n) => new
            {
                userId = u.Id.ToString(),
                name = u.UserName,
                streetCode = n == 1 ? RegistryTestData.StreetC : RegistryTestData.StreetA,
                conflictInstitutionIds = n == 0 ? institutions.Select(i => i.Id).ToArray() : [],
            }).ToArray(),
        }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(seed, plan.GetProperty("seed").GetString());
        Assert.Equal("Planned", plan.GetProperty("status").GetString());

        var drawn = await (await admin.PostAsync($"{InspectionTestApi.Base}/spot-checks/plans/{plan.Id()}/draw", null, Ct)).ReadJsonAsync();
        var checks = drawn.GetProperty("checks").EnumerateArray().ToList();
        var ours = checks.Where(c => institutions.Any(i => i.Id == c.GetProperty("objectId").GetGuid())).ToList();
        Assert.Equal(4, ours.Count);
        var conflicted = new[] { inspectors[0].Id.ToString(), inspectors[1].Id.ToString() };
        foreach (var check in ours)
        {
            var assigned = check.GetProperty("inspectors").EnumerateArray().Select(i => i.GetProperty("userId").GetString()).ToArray();
            Assert.Equal(2, assigned.Length);
            Assert.DoesNotContain(assigned, conflicted.Contains);
        }

        var log = drawn.GetProperty("drawLog").EnumerateArray().ToList();
        Assert.Contains(log, l => l.GetProperty("recusedUserId").GetString() == conflicted[0] && l.GetProperty("replacedByUserId").ValueKind == JsonValueKind.String);

        // Anyone can re-run the draw from the recorded seed and population.
        var population = checks.Select(c => new SpotCheckDraw.Candidate(
            c.GetProperty("objectId").GetGuid(), c.GetProperty("streetCode").GetString()!, Enum.Parse<CreditClass>(c.GetProperty("creditClass").GetString()!))).ToList();
        var rerun = SpotCheckDraw.SelectObjects(population, _ => 1000, seed).Select(x => x.Rank).ToArray();
        Assert.Equal(rerun.Order(StringComparer.Ordinal), checks.Select(c => c.GetProperty("rank").GetString()!).Order(StringComparer.Ordinal));

        var twice = await (await admin.PostAsync($"{InspectionTestApi.Base}/spot-checks/plans/{plan.Id()}/draw", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("already_drawn", twice.Code());

        // A drawn inspector records a discrepancy; the integrity record and the public view follow.
        var check0 = ours[0];
        var drawnInspectorId = check0.GetProperty("inspectors")[0].GetProperty("userId").GetString();
        var drawnInspector = inspectors.Single(u => u.Id.ToString() == drawnInspectorId);
        var client = await Factory.CreateSignedInClientAsync(drawnInspector.UserName, drawnInspector.Password);
        var notMine = ours.FirstOrDefault(c => c.GetProperty("inspectors").EnumerateArray().All(i => i.GetProperty("userId").GetString() != drawnInspectorId));
        if (notMine.ValueKind == JsonValueKind.Object)
        {
            await (await client.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/checks/{notMine.Id()}/result", new { result = "Confirmed" }, Ct))
                .ReadProblemAsync(HttpStatusCode.NotFound);
        }

        await (await client.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/checks/{check0.Id()}/result",
            new { result = "Discrepancy", findings = "服务记录与补贴申报人数不符" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        var objectId = check0.GetProperty("objectId").GetGuid();
        var record = await admin.IntegrityAsync(objectId);
        Assert.Equal("SpotCheckDiscrepancy", record.GetProperty("entries")[0].GetProperty("kind").GetString());
        Assert.Equal(85, record.GetProperty("profile").GetProperty("score").GetInt32());

        var anonymous = Factory.CreateClient();
        var published = await anonymous.GetStringAsync($"{InspectionTestApi.Base}/spot-checks/public?pageSize=200", Ct);
        Assert.Contains(check0.GetProperty("objectName").GetString()!, published);
        Assert.Contains("Discrepancy", published);
        Assert.DoesNotContain(drawnInspector.UserName, published);
        Assert.DoesNotContain("服务记录与补贴申报人数不符", published);
    }

    [Fact]
    public async Task Given_a_pool_with_too_few_conflict_free_inspectors_When_drawn_Then_409_and_nothing_is_written()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1, RegistryTestData.StreetB))[0];
        var one = await admin.CreateScopedUserAsync("Inspector");
        var two = await admin.CreateScopedUserAsync("Inspector");
        var plan = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans", new
        {
            name = "回避测试",
            year = 2026,
            population = "Institutions",
            rates = new { a = 1000, b = 1000, c = 1000, d = 1000 },
            inspectors = new[]
            {
                new { userId = one.Id.ToString(), name = "甲", streetCode = (string?)null, conflictInstitutionIds = new[] { institution.Id } },
                new { userId = two.Id.ToString(), name = "乙", streetCode = (string?)null, conflictInstitutionIds = Array.Empty<Guid>() },
            },
        }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Matches("^[0-9a-f]{64}$", plan.GetProperty("seed").GetString()!);

        var refused = await (await admin.PostAsync($"{InspectionTestApi.Base}/spot-checks/plans/{plan.Id()}/draw", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("pool_too_small", refused.Code());
        var after = await admin.GetJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans/{plan.Id()}");
        Assert.Equal("Planned", after.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("checks").GetArrayLength());
    }
}
