using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Bulk enrollment (学员批量报名) at the size of a real sheet: several batches, every rule, exact results.</summary>
public sealed class EnrollmentImportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const int Rows = 3_000;
    private const int BigClasses = 6;
    private const int BigCapacity = 500;
    private const int SmallCapacity = 25;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static async Task<JsonElement> ImportAsync(HttpClient client, string mode, string csv)
    {
        using var content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var accepted = await (await client.PostAsync($"/api/v1/training/imports/enrollments?mode={mode}", content, Ct)).ReadJsonAsync(HttpStatusCode.Accepted);
        var url = accepted.GetProperty("statusUrl").GetString()!;
        var job = await HttpAssertions.EventuallyAsync(
            async () => await (await client.GetAsync(url, Ct)).ReadJsonAsync(),
            j => j.GetProperty("state").GetString() is "Completed" or "Failed", TimeSpan.FromSeconds(120));
        Assert.Equal("Completed", job.GetProperty("state").GetString());
        return job;
    }

    [Fact]
    public async Task Given_3000_rows_over_several_classes_with_bad_rows_and_a_small_class_When_validated_then_committed_Then_the_results_are_exact()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today.AddDays(30);
        var big = new List<Guid>();
        for (var i = 0; i < BigClasses; i++)
        {
            big.Add((await admin.CreateOpenClassAsync(capacity: BigCapacity, start: start, end: start.AddDays(9))).ClassId);
        }

        var smallSetup = await admin.CreateOpenClassAsync(capacity: SmallCapacity, start: start, end: start.AddDays(9));
        var small = smallSetup.ClassId;
        var planned = await admin.CreateClassAsync(smallSetup.ProgrammeId, 10, start, start.AddDays(9));
        var worker = await admin.CreateWorkerAsync(smallSetup.ProviderId);
        var drawn = new HashSet<string>(StringComparer.Ordinal) { worker.IdNumber };
        string NewId()
        {
            while (true)
            {
                var id = RegistryTestData.NewIdNumber();
                if (drawn.Add(id))
                {
                    return id;
                }
            }
        }

        var alreadyEnrolled = NewId();
        await admin.EnrollAsync(big[1], alreadyEnrolled);

        // Row i (0-based; the job numbers rows from 1): every 75th row, from the 38th, goes to the small class (40 rows
        // for 25 seats, spread over the batches); the others to the big classes in turn. A few rows are made bad.
        var lines = new List<string> { "classId,idNumber,name,phone,category,streetCode" };
        var validationErrors = new List<(int, string)>();
        var commitErrors = new List<(int Row, string Column, string Message)>();
        var expectedSeats = big.ToDictionary(c => c, _ => 0);
        expectedSeats[small] = 0;
        expectedSeats[big[1]] = 1;
        var people = new Dictionary<int, (Guid Class, string Id)>();
        var smallRows = 0;
        for (var i = 0; i < Rows; i++)
        {
            var row = i + 1;
            var cls = i % 75 == 37 ? small : big[i % BigClasses];
            var id = NewId();
            var (category, street, classText) = ("失业人员", RegistryTestData.StreetA, cls.ToString());
            switch (i)
            {
                case 5:
                    id = "15020319900101123";
                    validationErrors.Add((row, "idNumber"));
                    break;
                case 10:
                    category = "宇航员";
                    validationErrors.Add((row, "category"));
                    break;
                case 15:
                    (cls, id) = people[3];
                    classText = cls.ToString();
                    validationErrors.Add((row, "idNumber"));
                    break;
                case 20:
                    classText = planned.ToString();
                    validationErrors.Add((row, "classId"));
                    break;
                case 1200:
                    classText = Guid.NewGuid().ToString();
                    validationErrors.Add((row, "classId"));
                    break;
                case 25:
                    street = "";
                    commitErrors.Add((row, "streetCode", "The person is not in the register: give their street or town. 该人员未在从业人员库登记，请填写所属街道。"));
                    break;
                case 1501:
                    (cls, id) = (big[2], people[1].Id);
                    classText = cls.ToString();
                    commitErrors.Add((row, "idNumber", "overlapping"));
                    break;
                case 2500:
                    (cls, id) = (big[1], alreadyEnrolled);
                    classText = cls.ToString();
                    commitErrors.Add((row, "idNumber", "already enrolled"));
                    break;
                case 2999:
                    (id, street) = (worker.IdNumber, "");
                    break;
                default:
                    if (cls == small && ++smallRows > SmallCapacity)
                    {
                        commitErrors.Add((row, "idNumber", "full"));
                    }

                    break;
            }

            people[i] = (cls, id);
            lines.Add($"{classText},{id},学员{i},,{category},{street}");
            if (!validationErrors.Any(e => e.Item1 == row) && !commitErrors.Any(e => e.Row == row))
            {
                expectedSeats[cls]++;
            }
        }

        Assert.Equal(40, smallRows);
        Assert.All(expectedSeats.Values, seats => Assert.InRange(seats, 1, BigCapacity));
        var csv = string.Join("\r\n", lines);

        // Validation reports what a commit would refuse (bad cells, and full or overlapping classes, missing streets), and writes nothing.
        var validated = await ImportAsync(admin, "validate", csv);
        var refused = validationErrors.Count + commitErrors.Count;
        Assert.Equal(Rows, validated.GetProperty("rowsRead").GetInt32());
        Assert.Equal(Rows - refused, validated.GetProperty("rowsValid").GetInt32());
        Assert.Equal(0, validated.GetProperty("created").GetInt32());
        Assert.Equal(validationErrors.Concat(commitErrors.Select(e => (e.Row, e.Column))).OrderBy(e => e.Item1), Cells(validated));
        foreach (var cls in expectedSeats.Keys)
        {
            Assert.Equal(cls == big[1] ? 1 : 0, (await admin.GetClassAsync(cls)).GetProperty("enrolled").GetInt32());
        }

        Assert.Empty((await admin.RosterAsync(small)).EnumerateArray());

        var committed = await ImportAsync(admin, "commit", csv);
        Assert.Equal(Rows, committed.GetProperty("rowsRead").GetInt32());
        Assert.Equal(Rows - refused, committed.GetProperty("rowsValid").GetInt32());
        Assert.Equal(refused, committed.GetProperty("rowsInvalid").GetInt32());
        Assert.Equal(Rows - refused, committed.GetProperty("created").GetInt32());
        Assert.Equal(validationErrors.Concat(commitErrors.Select(e => (e.Row, e.Column))).OrderBy(e => e.Item1), Cells(committed));
        var messages = committed.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("row").GetInt32(), e => e.GetProperty("message").GetString()!);
        Assert.All(commitErrors, e => Assert.Contains(e.Message, messages[e.Row], StringComparison.Ordinal));
        Assert.Equal(15, commitErrors.Count(e => e.Message == "full"));

        foreach (var (cls, seats) in expectedSeats)
        {
            Assert.Equal(seats, (await admin.GetClassAsync(cls)).GetProperty("enrolled").GetInt32());
        }

        Assert.Equal(SmallCapacity, expectedSeats[small]);
        Assert.Equal(SmallCapacity, (await admin.RosterAsync(small)).GetArrayLength());
        Assert.Equal(expectedSeats[big[5]], (await admin.RosterAsync(big[5])).GetArrayLength());

        // The same file again: every person is now enrolled, so every valid row is refused and no seat moves.
        var again = await ImportAsync(admin, "commit", csv + "\r\n");
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(SmallCapacity, (await admin.GetClassAsync(small)).GetProperty("enrolled").GetInt32());
    }

    private static List<(int, string)> Cells(JsonElement job) => job.GetProperty("errors").EnumerateArray()
        .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!)).ToList();
}
