using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Faults;

/// <summary>Two hosts on one data folder writing the same record at once: one wins, the other gets 412 — no silent overwrite.</summary>
public sealed class TwoHostsTests
{
    [Fact]
    public async Task Given_two_hosts_When_both_update_one_institution_with_the_same_etag_Then_exactly_one_succeeds_and_the_other_gets_412()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            await using var first = new JiafuApiFactory(directory);
            await using var second = new JiafuApiFactory(directory);
            var one = await first.CreateSignedInClientAsync();
            var two = await second.CreateSignedInClientAsync();
            var created = await one.CreateInstitutionAsync();

            var profileOne = InstitutionUpdateTests.ProfileOf(created.Body);
            profileOne["address"] = "昆都仑区钢铁大街1号";
            var profileTwo = InstitutionUpdateTests.ProfileOf(created.Body);
            profileTwo["address"] = "昆都仑区阿尔丁大街2号";

            var responses = await Task.WhenAll(
                one.SendWithIfMatchAsync(InstitutionUpdateTests.Put(created.Id, profileOne), created.ETag),
                two.SendWithIfMatchAsync(InstitutionUpdateTests.Put(created.Id, profileTwo), created.ETag));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.PreconditionFailed);
            var winner = responses[0].StatusCode == HttpStatusCode.OK ? "昆都仑区钢铁大街1号" : "昆都仑区阿尔丁大街2号";
            Assert.Equal(winner, (await two.GetInstitutionAsync(created.Id)).GetProperty("address").GetString());
            Assert.Equal(winner, (await one.GetInstitutionAsync(created.Id)).GetProperty("address").GetString());
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }
}
