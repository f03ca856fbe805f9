using System.Net;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

public sealed class DirectoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_recognised_and_unrecognised_institutions_When_the_public_reads_the_directory_Then_only_recognised_ones_with_public_fields_are_listed()
    {
        await using var factory = new JiafuApiFactory();
        var admin = await factory.CreateSignedInClientAsync();
        var recognised = await admin.CreateInstitutionAsync(streetCode: RegistryTestData.StreetA, formats: ["ElderlyCare"]);
        await admin.RecogniseInstitutionAsync(recognised.Id);
        var pending = await admin.CreateInstitutionAsync(streetCode: RegistryTestData.StreetA, formats: ["ElderlyCare"]);
        var otherFormat = await admin.CreateInstitutionAsync(streetCode: RegistryTestData.StreetB, formats: ["Housekeeping"]);
        await admin.RecogniseInstitutionAsync(otherFormat.Id);
        var anonymous = factory.CreateClient();

        var all = await (await anonymous.GetAsync("/api/v1/registry/directory/institutions", Ct)).ReadJsonAsync();
        var elderly = await (await anonymous.GetAsync("/api/v1/registry/directory/institutions?businessFormat=ElderlyCare", Ct)).ReadJsonAsync();
        var streetB = await (await anonymous.GetAsync($"/api/v1/registry/directory/institutions?streetCode={RegistryTestData.StreetB}", Ct)).ReadJsonAsync();
        var raw = await (await anonymous.GetAsync("/api/v1/registry/directory/institutions", Ct)).Content.ReadAsStringAsync(Ct);

        var listed = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order().ToArray();
        Assert.Equal(new[] { recognised.Id, otherFormat.Id }.Order().ToArray(), listed);
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(recognised.Id, Assert.Single(elderly.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(otherFormat.Id, Assert.Single(streetB.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.DoesNotContain(pending.Id.ToString(), raw);
        Assert.DoesNotContain("legalRepresentative", raw);
        Assert.DoesNotContain("statusReason", raw);
    }

    [Fact]
    public async Task Given_a_low_limit_When_one_address_reads_too_often_Then_it_gets_429_with_Retry_After()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["RateLimiting:DirectoryPermitLimit"] = "2" });
        var anonymous = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            await (await anonymous.GetAsync("/api/v1/registry/directory/institutions", Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        }

        var limited = await anonymous.GetAsync("/api/v1/registry/directory/institutions", Ct);
        await limited.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task Given_an_unknown_business_format_Then_the_directory_answers_400_naming_the_field()
    {
        await using var factory = new JiafuApiFactory();
        var problem = await (await factory.CreateClient().GetAsync("/api/v1/registry/directory/institutions?businessFormat=Nope", Ct))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("businessFormat", out _));
    }
}
