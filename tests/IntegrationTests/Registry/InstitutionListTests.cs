using System.Net;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>
/// GET /api/v1/registry/institutions: each filter, sorting and paging. Every test names its institutions with a
/// marker of its own and searches by it, so tests sharing the class's database do not see each other's rows.
/// </summary>
public sealed class InstitutionListTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private JiafuApiFactory Factory => fixture.Factory;

    private static string Marker() => "列表" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> ListAsync(HttpClient client, string query) =>
        await client.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?{query}");

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

    /// <summary>Arranges what other Registry features (titles, filings, workers) would set, straight in the database.</summary>
    private async Task ArrangeAsync(Func<RegistryDbContext, Task> arrange)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await arrange(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Given_institutions_When_searching_by_part_of_the_name_or_a_credit_code_prefix_Then_only_matches_are_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var first = await admin.CreateInstitutionAsync(name: $"{marker}阳光家政");
        var second = await admin.CreateInstitutionAsync(name: $"{marker}月亮养老");

        var byName = await ListAsync(admin, $"search={marker}阳光");
        var byMarker = await ListAsync(admin, $"search={marker}");
        var byCode = await ListAsync(admin, $"search={second.CreditCode[..14].ToLowerInvariant()}");

        Assert.Equal([$"{marker}阳光家政"], Names(byName));
        Assert.Equal(2, byMarker.GetProperty("total").GetInt32());
        Assert.Contains(byCode.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == second.Id);
        Assert.DoesNotContain(byCode.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == first.Id);
    }

    [Fact]
    public async Task Given_institutions_in_two_streets_When_filtering_by_street_Then_only_that_street_is_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        await admin.CreateInstitutionAsync(RegistryTestData.StreetA, name: $"{marker}甲");
        await admin.CreateInstitutionAsync(RegistryTestData.StreetB, name: $"{marker}乙");

        var page = await ListAsync(admin, $"search={marker}&streetCode={RegistryTestData.StreetB}");

        Assert.Equal([$"{marker}乙"], Names(page));
        var item = page.GetProperty("items")[0];
        Assert.Equal(RegistryTestData.StreetB, item.GetProperty("streetCode").GetString());
        Assert.Equal("沼潭街道", item.GetProperty("streetName").GetString());
    }

    [Fact]
    public async Task Given_institutions_with_different_formats_When_filtering_by_format_Then_whole_codes_match()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        await admin.CreateInstitutionAsync(formats: ["Housekeeping"], name: $"{marker}家政");
        await admin.CreateInstitutionAsync(formats: ["ElderlyCare", "CommunityCare"], name: $"{marker}养老");
        await admin.CreateInstitutionAsync(formats: ["MaternalInfantCare", "Housekeeping"], name: $"{marker}母婴");

        var housekeeping = await ListAsync(admin, $"search={marker}&businessFormat=Housekeeping");
        var communityCare = await ListAsync(admin, $"search={marker}&businessFormat=CommunityCare");

        Assert.Equal([$"{marker}家政", $"{marker}母婴"], Names(housekeeping).Order().ToArray());
        Assert.Equal([$"{marker}养老"], Names(communityCare));
        Assert.Equal(["ElderlyCare", "CommunityCare"], communityCare.GetProperty("items")[0].GetProperty("businessFormats").Strings());
    }

    [Fact]
    public async Task Given_an_unknown_format_filter_When_listing_Then_400_names_businessFormat()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.GetAsync($"{RegistryTestData.InstitutionsUrl}?businessFormat=Astrology", TestContext.Current.CancellationToken);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("businessFormat"), problem.ToString());
    }

    [Fact]
    public async Task Given_institutions_in_several_states_When_filtering_by_status_Then_only_that_status_is_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        await admin.CreateInstitutionAsync(name: $"{marker}登记");
        var pending = await admin.CreateInstitutionAsync(name: $"{marker}待审");
        var recognised = await admin.CreateInstitutionAsync(name: $"{marker}认定");
        await (await admin.InstitutionActionAsync(pending.Id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);
        await admin.RecogniseInstitutionAsync(recognised.Id);

        Assert.Equal([$"{marker}登记"], Names(await ListAsync(admin, $"search={marker}&status=Registered")));
        Assert.Equal([$"{marker}待审"], Names(await ListAsync(admin, $"search={marker}&status=PendingRecognition")));
        var page = await ListAsync(admin, $"search={marker}&status=Recognised");
        Assert.Equal([$"{marker}认定"], Names(page));
        Assert.Equal("Recognised", page.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_alliance_members_and_others_When_filtering_by_membership_Then_each_side_is_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        await admin.CreateInstitutionAsync(name: $"{marker}会员", isAllianceMember: true);
        await admin.CreateInstitutionAsync(name: $"{marker}非会员");

        var members = await ListAsync(admin, $"search={marker}&isAllianceMember=true");
        var others = await ListAsync(admin, $"search={marker}&isAllianceMember=false");

        Assert.Equal([$"{marker}会员"], Names(members));
        Assert.True(members.GetProperty("items")[0].GetProperty("isAllianceMember").GetBoolean());
        Assert.Equal([$"{marker}非会员"], Names(others));
    }

    [Fact]
    public async Task Given_an_employee_based_institution_When_filtering_by_isEmployeeBased_Then_each_side_is_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var filed = await admin.CreateInstitutionAsync(name: $"{marker}员工制");
        await admin.CreateInstitutionAsync(name: $"{marker}非员工制");
        await ArrangeAsync(async db =>
        {
            var institution = await db.Set<Institution>().SingleAsync(i => i.Id == filed.Id);
            institution.IsEmployeeBased = true;
            institution.EmployeeBasedUntil = new DateOnly(2099, 12, 31);
        });

        var employeeBased = await ListAsync(admin, $"search={marker}&isEmployeeBased=true");
        var others = await ListAsync(admin, $"search={marker}&isEmployeeBased=false");

        Assert.Equal([$"{marker}员工制"], Names(employeeBased));
        Assert.True(employeeBased.GetProperty("items")[0].GetProperty("isEmployeeBased").GetBoolean());
        Assert.Equal([$"{marker}非员工制"], Names(others));
    }

    [Fact]
    public async Task Given_current_and_withdrawn_titles_When_filtering_by_title_Then_only_current_holders_are_listed_with_their_titles()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var holder = await admin.CreateInstitutionAsync(name: $"{marker}品牌");
        var withdrawn = await admin.CreateInstitutionAsync(name: $"{marker}撤回");
        await admin.CreateInstitutionAsync(name: $"{marker}无");
        await ArrangeAsync(db =>
        {
            db.Set<InstitutionTitle>().AddRange(
                new InstitutionTitle { InstitutionId = holder.Id, Title = "BaotouCharacteristicBrand", Level = "City", Year = 2021, GrantedAt = DateTimeOffset.UtcNow },
                new InstitutionTitle { InstitutionId = holder.Id, Title = "Frontrunner", Level = "District", Year = 2022, GrantedAt = DateTimeOffset.UtcNow },
                new InstitutionTitle
                {
                    InstitutionId = withdrawn.Id, Title = "BaotouCharacteristicBrand", Level = "City", Year = 2020,
                    GrantedAt = DateTimeOffset.UtcNow.AddYears(-1), WithdrawnAt = DateTimeOffset.UtcNow, WithdrawnReason = "投诉核实",
                });
            return Task.CompletedTask;
        });

        var page = await ListAsync(admin, $"search={marker}&title=BaotouCharacteristicBrand");

        Assert.Equal([$"{marker}品牌"], Names(page));
        Assert.Equal(["BaotouCharacteristicBrand", "Frontrunner"], page.GetProperty("items")[0].GetProperty("titles").Strings());
        var detail = await admin.GetInstitutionAsync(holder.Id);
        var titles = detail.GetProperty("titles").EnumerateArray().ToArray();
        Assert.Equal(2, titles.Length);
        Assert.Contains(titles, t => t.GetProperty("title").GetString() == "BaotouCharacteristicBrand"
            && t.GetProperty("name").GetString() == "包头市家服特色品牌" && t.GetProperty("level").GetString() == "City"
            && t.GetProperty("year").GetInt32() == 2021);
        Assert.Equal(0, (await admin.GetInstitutionAsync(withdrawn.Id)).GetProperty("titles").GetArrayLength());
    }

    [Fact]
    public async Task Given_workers_employed_by_an_institution_When_listing_Then_workerCount_counts_them()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var busy = await admin.CreateInstitutionAsync(name: $"{marker}1");
        await admin.CreateInstitutionAsync(name: $"{marker}2");
        await ArrangeAsync(db =>
        {
            for (var i = 0; i < 3; i++)
            {
                db.Set<Worker>().Add(new Worker
                {
                    Name = "工人" + i, IdNumberEncrypted = "x", IdNumberHash = Guid.NewGuid().ToString("N"), IdNumberMasked = "150203********0011",
                    InstitutionId = busy.Id, StreetCode = busy.StreetCode,
                });
            }

            return Task.CompletedTask;
        });

        var page = await ListAsync(admin, $"search={marker}&sort=name");

        var counts = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("workerCount").GetInt32()).ToArray();
        Assert.Equal([3, 0], counts);
        Assert.Equal(3, (await admin.GetInstitutionAsync(busy.Id)).GetProperty("workerCount").GetInt32());
    }

    [Fact]
    public async Task Given_seven_institutions_When_paging_by_three_Then_pages_partition_the_sorted_list()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        for (var i = 1; i <= 7; i++)
        {
            await admin.CreateInstitutionAsync(name: $"{marker}{i:D2}");
        }

        var pages = new List<JsonElement>();
        for (var p = 1; p <= 3; p++)
        {
            pages.Add(await ListAsync(admin, $"search={marker}&pageSize=3&page={p}"));
        }

        Assert.All(pages, page => Assert.Equal(7, page.GetProperty("total").GetInt32()));
        Assert.All(pages, page => Assert.Equal(3, page.GetProperty("pageSize").GetInt32()));
        Assert.Equal([1, 2, 3], pages.Select(page => page.GetProperty("page").GetInt32()).ToArray());
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"{marker}{i:D2}").ToArray(), pages.SelectMany(Names).ToArray());

        var descending = await ListAsync(admin, $"search={marker}&pageSize=2&sort=-name");
        Assert.Equal([$"{marker}07", $"{marker}06"], Names(descending));
        var newest = await ListAsync(admin, $"search={marker}&pageSize=1&sort=-createdAt");
        Assert.Equal([$"{marker}07"], Names(newest));
    }

    [Fact]
    public async Task Given_institutions_in_two_streets_When_sorting_by_street_or_status_Then_the_order_follows()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var b = await admin.CreateInstitutionAsync(RegistryTestData.StreetB, name: $"{marker}1");
        await admin.CreateInstitutionAsync(RegistryTestData.StreetA, name: $"{marker}2");
        await (await admin.InstitutionActionAsync(b.Id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var byStreet = await ListAsync(admin, $"search={marker}&sort=-streetCode");
        var byStatus = await ListAsync(admin, $"search={marker}&sort=status");

        Assert.Equal([$"{marker}1", $"{marker}2"], Names(byStreet));
        Assert.Equal(["PendingRecognition", "Registered"], byStatus.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("status").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("sort=creditCode", "sort")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Given_bad_paging_or_sort_When_listing_Then_400_names_the_parameter(string query, string field)
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.GetAsync($"{RegistryTestData.InstitutionsUrl}?{query}", TestContext.Current.CancellationToken);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError(field), problem.ToString());
    }

    [Fact]
    public async Task Given_a_list_item_Then_it_has_the_documented_fields()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var created = await admin.CreateInstitutionAsync(name: $"{marker}字段");

        var item = (await ListAsync(admin, $"search={marker}")).GetProperty("items")[0];

        Assert.Equal(created.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(created.CreditCode, item.GetProperty("creditCode").GetString());
        foreach (var field in new[] { "name", "streetCode", "streetName", "businessFormats", "status", "isEmployeeBased", "isAllianceMember", "titles", "workerCount", "createdAt" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }

        Assert.False(item.TryGetProperty("contactPhone", out _));
    }
}
