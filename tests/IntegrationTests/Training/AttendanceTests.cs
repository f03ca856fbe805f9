using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Attendance (考勤): bulk entry per session, the grid, and the attendance and enrollment imports.</summary>
public sealed class AttendanceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static async Task<JsonElement> ImportAsync(HttpClient client, string kind, string mode, string csv)
    {
        using var content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var accepted = await (await client.PostAsync($"/api/v1/training/imports/{kind}?mode={mode}", content, Ct)).ReadJsonAsync(HttpStatusCode.Accepted);
        var url = accepted.GetProperty("statusUrl").GetString()!;
        var job = await HttpAssertions.EventuallyAsync(
            async () => await (await client.GetAsync(url, Ct)).ReadJsonAsync(),
            j => j.GetProperty("state").GetString() is "Completed" or "Failed", TimeSpan.FromSeconds(60));
        Assert.Equal("Completed", job.GetProperty("state").GetString());
        return job;
    }

    private static (int Row, string? Column)[] ErrorCells(JsonElement job) => job.GetProperty("errors").EnumerateArray()
        .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToArray();

    [Fact]
    public async Task Given_a_running_class_When_recording_a_session_for_everyone_Then_the_grid_shows_each_date_and_the_totals()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today;
        var setup = await admin.CreateOpenClassAsync(requiredHours: 8, start: start, end: start.AddDays(3));
        var a = await admin.EnrollAsync(setup.ClassId);
        var b = await admin.EnrollAsync(setup.ClassId);
        var tooEarly = await admin.PutAttendanceAsync(setup.ClassId, start, (a.Id(), 4m));
        Assert.Equal("class_not_in_progress", (await tooEarly.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await admin.ClassActionsAsync(setup.ClassId, "start");

        await (await admin.PutAttendanceAsync(setup.ClassId, start, (a.Id(), 4m), (b.Id(), 3.5m))).EnsureStatusAsync(HttpStatusCode.OK);
        var sheet = await (await admin.PutAttendanceAsync(setup.ClassId, start.AddDays(1), (a.Id(), 4m), (b.Id(), 2m))).ReadJsonAsync();
        Assert.Equal(2, sheet.GetProperty("sessions").GetArrayLength());
        var rows = sheet.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("enrollmentId").GetGuid());
        Assert.Equal(8m, rows[a.Id()].GetProperty("attendedHours").GetDecimal());
        Assert.True(rows[a.Id()].GetProperty("reachedRequirement").GetBoolean());
        Assert.Equal(5.5m, rows[b.Id()].GetProperty("attendedHours").GetDecimal());

        // Re-recording a date replaces it.
        sheet = await (await admin.PutAttendanceAsync(setup.ClassId, start, (b.Id(), 1m))).ReadJsonAsync();
        rows = sheet.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("enrollmentId").GetGuid());
        Assert.Equal(3m, rows[b.Id()].GetProperty("attendedHours").GetDecimal());
        Assert.Equal(3m, (await admin.RosterAsync(setup.ClassId)).EnumerateArray().Single(e => e.Id() == b.Id()).GetProperty("attendedHours").GetDecimal());
    }

    [Fact]
    public async Task Given_bad_attendance_When_recording_Then_400_names_the_date_hours_or_entry()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today;
        var setup = await admin.CreateOpenClassAsync(start: start, end: start.AddDays(2));
        var a = await admin.EnrollAsync(setup.ClassId);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        var other = await admin.CreateOpenClassAsync();
        var stranger = await admin.EnrollAsync(other.ClassId);

        var outside = await admin.PutAttendanceAsync(setup.ClassId, start.AddDays(3), (a.Id(), 2m));
        Assert.True((await outside.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().TryGetProperty("sessionDate", out _));
        var hours = await admin.PutAttendanceAsync(setup.ClassId, start, (a.Id(), 25m));
        Assert.True((await hours.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().TryGetProperty("entries[0].hours", out _));
        var wrongClass = await admin.PutAttendanceAsync(setup.ClassId, start, (a.Id(), 2m), (stranger.Id(), 2m));
        Assert.True((await wrongClass.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().TryGetProperty("entries[1].enrollmentId", out _));
        var sheet = await admin.GetJsonAsync($"{TrainingTestApi.ClassesUrl}/{setup.ClassId}/attendance");
        Assert.Equal(0, sheet.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task Given_an_attendance_sheet_with_bad_rows_When_imported_Then_each_bad_row_is_reported_and_only_the_good_rows_are_written()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today;
        var setup = await admin.CreateOpenClassAsync(start: start, end: start.AddDays(4));
        var idA = RegistryTestData.NewIdNumber();
        var idB = RegistryTestData.NewIdNumber();
        await admin.EnrollAsync(setup.ClassId, idA);
        await admin.EnrollAsync(setup.ClassId, idB);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        var c = setup.ClassId;
        var d0 = start.ToString("yyyy-MM-dd");
        var d1 = start.AddDays(1).ToString("yyyy-MM-dd");
        var csv = string.Join("\r\n",
            "培训班编号,身份证号码,上课日期,学时",
            $"{c},{idA},{d0},4",
            $"{c},{idB},{d0},3.5",
            $"{c},{RegistryTestData.NewIdNumber()},{d0},4",
            $"{c},{idA},{start.AddDays(9):yyyy-MM-dd},4",
            $"{c},{idB},{d1},four",
            $"{Guid.NewGuid()},{idA},{d1},4",
            $"{c},{idA},{d0},2",
            $"{c},{idA},{d1},4");

        var validated = await ImportAsync(admin, "attendance", "validate", csv);
        Assert.Equal(8, validated.GetProperty("rowsRead").GetInt32());
        Assert.Equal(3, validated.GetProperty("rowsValid").GetInt32());
        Assert.Equal([(3, "idNumber"), (4, "sessionDate"), (5, "hours"), (6, "classId"), (7, "sessionDate")], ErrorCells(validated));
        var before = await admin.GetJsonAsync($"{TrainingTestApi.ClassesUrl}/{c}/attendance");
        Assert.Equal(0, before.GetProperty("sessions").GetArrayLength());

        var committed = await ImportAsync(admin, "attendance", "commit", csv);
        Assert.Equal(3, committed.GetProperty("created").GetInt32());
        var roster = (await admin.RosterAsync(c)).EnumerateArray().ToList();
        Assert.Equal(8m, roster.Single(e => e.GetProperty("idNumberMasked").GetString()!.EndsWith(idA[^4..], StringComparison.Ordinal)
            && e.GetProperty("attendedHours").GetDecimal() == 8m).GetProperty("attendedHours").GetDecimal());
        Assert.Contains(roster, e => e.GetProperty("attendedHours").GetDecimal() == 3.5m);
    }

    [Fact]
    public async Task Given_an_enrollment_sheet_When_imported_Then_valid_rows_take_seats_and_a_full_class_is_a_row_error()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync(capacity: 2);
        var c = setup.ClassId;
        var csv = string.Join("\r\n",
            "classId,idNumber,name,phone,category,streetCode",
            $"{c},{RegistryTestData.NewIdNumber()},王秀英,{RegistryTestData.NewMobilePhone()},失业人员,少先路街道",
            $"{c},{RegistryTestData.NewIdNumber()},李桂兰,,HardToEmploy,150203002",
            $"{c},not-an-id,张三,,失业人员,150203001",
            $"{c},{RegistryTestData.NewIdNumber()},刘海燕,,宇航员,150203001",
            $"{c},{RegistryTestData.NewIdNumber()},陈丽,,失业人员,150203001");

        var job = await ImportAsync(admin, "enrollments", "commit", csv);
        Assert.Equal(2, job.GetProperty("created").GetInt32());
        Assert.Equal([(3, "idNumber"), (4, "category"), (5, "idNumber")], ErrorCells(job));
        Assert.Contains("full", job.GetProperty("errors")[2].GetProperty("message").GetString());
        var cls = await admin.GetClassAsync(c);
        Assert.Equal(2, cls.GetProperty("enrolled").GetInt32());
        Assert.Equal(2, (await admin.RosterAsync(c)).GetArrayLength());
    }
}
