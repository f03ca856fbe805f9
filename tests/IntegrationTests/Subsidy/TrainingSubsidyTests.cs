using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.IntegrationTests.Training;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>The training and certification subsidies read a class's outcome through Training's read contract.</summary>
public sealed class TrainingSubsidyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_a_completed_class_When_the_provider_applies_Then_completed_trainees_count_for_training_certified_ones_for_certification_and_each_once()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today.AddDays(-5);
        var setup = await admin.CreateOpenClassAsync(requiredHours: 40, start: start, end: start.AddDays(9));
        await admin.RecogniseInstitutionAsync(setup.ProviderId);
        var certified = await admin.EnrollAsync(setup.ClassId);
        var completedOnly = await admin.EnrollAsync(setup.ClassId);
        var shortOne = await admin.EnrollAsync(setup.ClassId);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        for (var day = 0; day < 5; day++)
        {
            await (await admin.PutAttendanceAsync(setup.ClassId, start.AddDays(day),
                    (certified.Id(), 8m), (completedOnly.Id(), 8m), (shortOne.Id(), day == 4 ? 7m : 8m)))
                .EnsureStatusAsync(HttpStatusCode.OK);
        }

        await admin.ClassActionsAsync(setup.ClassId, "complete");
        await (await admin.AssessAsync(certified.Id())).EnsureStatusAsync(HttpStatusCode.OK);
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, setup.ProviderId);
        var year = TrainingTestApi.Today.Year;
        object Body(string item) => new { itemCode = item, year, institutionId = setup.ProviderId, inputs = new { classId = setup.ClassId } };

        var training = await (await applicant.ApplyAsync(Body("TrainingSubsidy"))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1601.00m, training.Dec("amount")); // 2 completed × 800.50; the one at 39 hours did not complete
        var certification = await (await applicant.ApplyAsync(Body("CertificationSubsidy"))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(300m, certification.Dec("amount")); // completed but not certified does not count
        Assert.Contains(certification.GetProperty("breakdown").GetProperty("steps").EnumerateArray(),
            s => s.GetProperty("value").GetString()!.StartsWith("1 of 2"));

        var again = await (await applicant.ApplyAsync(Body("TrainingSubsidy"))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate_claim", again.Code());

        // Another institution cannot claim the class.
        var other = await admin.CreateActiveInstitutionAsync();
        var foreign = await (await admin.ApplyAsync(new { itemCode = "TrainingSubsidy", year, institutionId = other, inputs = new { classId = setup.ClassId } }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_eligible", foreign.Code());
    }
}
