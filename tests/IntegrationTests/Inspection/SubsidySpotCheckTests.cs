using System.Net;
using System.Net.Http.Json;
using Jiafu.Inspection.Domain;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.IntegrationTests.Subsidy;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>双随机 over subsidy applications: only approved or paid applications of the plan's year, reproducible from the seed, recusal by institution.</summary>
public sealed class SubsidySpotCheckTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_approved_paid_and_pending_applications_When_a_plan_over_SubsidyApplications_is_drawn_Then_only_approved_or_paid_ones_are_drawn_reproducibly()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        // This class has its own database, so a fixed plan year (2020–2100) holds only these applications.
        const int year = 2025;
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        await (await district.AllocateAsync(year, 100_000m)).EnsureStatusAsync(HttpStatusCode.OK);

        var institutions = new List<Guid>();
        var applications = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            institutions.Add(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA));
            applications.Add(await admin.ApplyOkAsync(SubsidyTestData.RefundBody(institutions[i], year)));
        }

        // [0] stays submitted, [1] street-approved only, [2] approved, [3] paid.
        await street.ActOkAsync(applications[1], "street-approve");
        foreach (var id in applications[2..])
        {
            await street.ActOkAsync(id, "street-approve");
            await district.ActOkAsync(id, "district-approve");
        }

        await district.ActOkAsync(applications[3], "pay", new { paidOn = SubsidyTestData.Today, bankReference = "BK-SC-1" });
        var inspectors = new List<CreatedUser>();
        for (var i = 0; i < 3; i++)
        {
            inspectors.Add(await admin.CreateScopedUserAsync("Inspector"));
        }

        var seed = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant() + "ffeeddccbbaa99887766554433221100";
        async Task<System.Text.Json.JsonElement> DrawAsync(int ratePerMille)
        {
            var plan = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans", new
            {
                name = $"{year}年度补贴申请双随机抽查",
                year,
                population = "SubsidyApplications",
                seed,
                rates = new { a = ratePerMille, b = ratePerMille, c = ratePerMille, d = ratePerMille },
                inspectorsPerObject = 2,
                recuseSameStreet = false,
                inspectors = inspectors.Select((u, n) => new
                {
                    userId = u.Id.ToString(),
                    name = u.UserName,
                    streetCode = RegistryTestData.StreetB,
                    conflictInstitutionIds = n == 0 ? new[] { institutions[2] } : [],
                }).ToArray(),
            }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal("SubsidyApplications", plan.GetProperty("population").GetString());
            return await (await admin.PostAsync($"{InspectionTestApi.Base}/spot-checks/plans/{plan.Id()}/draw", null, Ct)).ReadJsonAsync();
        }

        var drawn = await DrawAsync(1000);
        Assert.Equal(2, drawn.GetProperty("populationSize").GetInt32());
        var checks = drawn.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(applications[2..].Order(), checks.Select(c => c.GetProperty("objectId").GetGuid()).Order());

        // The inspector tied to the approved application's institution is recused for it: the other two are drawn, and any
        // logged recusal names that inspector only (whether one is logged depends on the seed's order).
        var approvedCheck = checks.Single(c => c.GetProperty("objectId").GetGuid() == applications[2]);
        Assert.Equal(
            new[] { inspectors[1].Id.ToString(), inspectors[2].Id.ToString() }.Order(),
            approvedCheck.GetProperty("inspectors").EnumerateArray().Select(i => i.GetProperty("userId").GetString()!).Order());
        Assert.All(drawn.GetProperty("drawLog").EnumerateArray(), l =>
        {
            Assert.Equal(applications[2], l.GetProperty("objectId").GetGuid());
            Assert.Equal(inspectors[0].Id.ToString(), l.GetProperty("recusedUserId").GetString());
        });

        // The ranks are the seed's HMAC order, and the same seed over the same population draws the same sample at a lower rate.
        foreach (var check in checks)
        {
            Assert.Equal(SpotCheckDraw.ObjectRank(seed, check.GetProperty("objectId").GetGuid()), check.GetProperty("rank").GetString());
        }

        var population = checks.Select(c => new SpotCheckDraw.Candidate(
            c.GetProperty("objectId").GetGuid(), c.GetProperty("streetCode").GetString()!, Enum.Parse<CreditClass>(c.GetProperty("creditClass").GetString()!))).ToList();
        var expected = SpotCheckDraw.SelectObjects(population, _ => 1, seed).Select(x => x.Candidate.ObjectId).Order().ToArray();
        var again = await DrawAsync(1);
        Assert.Equal(expected, again.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("objectId").GetGuid()).Order().ToArray());
    }
}
