using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Shared.Validation;
using Microsoft.Data.Sqlite;

namespace Jiafu.IntegrationTests.Registry;

public sealed class WorkerRegistrationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static HttpRequestMessage Put(Guid id, object body) =>
        new(HttpMethod.Put, $"{WorkerTestApi.WorkersUrl}/{id}") { Content = JsonContent.Create(body) };

    private static object UpdateBody(
        string name, string phone, object[]? certificates = null, bool identityVerified = false, string employmentType = "Affiliated") => new
    {
        name,
        phone,
        employmentType,
        jobTypes = new[] { "ElderlyCarer", "Cleaner" },
        healthCheckDate = WorkerTestApi.TodayInChina.AddMonths(-1).ToString("yyyy-MM-dd"),
        healthCheckValidUntil = (string?)null,
        accidentInsuranceValidUntil = WorkerTestApi.TodayInChina.AddMonths(6).ToString("yyyy-MM-dd"),
        identityVerified,
        certificates = certificates ?? [],
    };

    [Fact]
    public async Task Given_a_valid_worker_When_created_Then_201_with_Location_ETag_masked_personal_data_and_what_the_ID_number_tells()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var idNumber = RegistryTestData.NewIdNumber(new DateOnly(1985, 7, 14), Gender.Female);
        var phone = RegistryTestData.NewMobilePhone();
        var body = WorkerTestApi.NewWorkerBody(institution.Id, idNumber, "李秀英", phone, "Affiliated", ["MaternityNurse", "ChildCarer"]);
        body["healthCheckDate"] = "2026-01-10";

        var response = await admin.PostWorkerAsync(body);

        var worker = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = worker.GetProperty("id").GetGuid();
        Assert.Equal($"{WorkerTestApi.WorkersUrl}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{worker.GetProperty("version").GetString()}\"", response.Headers.ETag?.Tag);
        Assert.Equal("李秀英", worker.GetProperty("name").GetString());
        Assert.Equal("150203********" + idNumber[^4..], worker.GetProperty("idNumberMasked").GetString());
        Assert.Equal(phone[..3] + "****" + phone[^4..], worker.GetProperty("phoneMasked").GetString());
        Assert.Equal("Female", worker.GetProperty("gender").GetString());
        Assert.Equal("1985-07-14", worker.GetProperty("birthDate").GetString());
        var today = WorkerTestApi.TodayInChina;
        var expectedAge = today.Year - 1985 - (today < new DateOnly(today.Year, 7, 14) ? 1 : 0);
        Assert.Equal(expectedAge, worker.GetProperty("age").GetInt32());
        Assert.Equal(institution.Id, worker.GetProperty("institutionId").GetGuid());
        Assert.Equal(institution.Body.GetProperty("name").GetString(), worker.GetProperty("institutionName").GetString());
        Assert.Equal(RegistryTestData.StreetB, worker.GetProperty("streetCode").GetString());
        Assert.Equal("Affiliated", worker.GetProperty("employmentType").GetString());
        Assert.Equal(["MaternityNurse", "ChildCarer"], worker.GetProperty("jobTypes").Strings());
        Assert.Equal("2026-01-10", worker.GetProperty("healthCheckDate").GetString());
        Assert.Equal("2027-01-10", worker.GetProperty("healthCheckValidUntil").GetString()); // + Registry:HealthCheckValidityMonths (12)
        Assert.False(worker.GetProperty("identityVerified").GetBoolean());
        Assert.False(worker.GetProperty("isRevoked").GetBoolean());
        Assert.Equal("Yellow", worker.GetProperty("credentialStatus").GetString());
        Assert.Equal(0, worker.GetProperty("certificates").GetArrayLength());
        Assert.False(worker.TryGetProperty("idNumber", out _));
        Assert.False(worker.TryGetProperty("phone", out _));

        var fetched = await admin.GetAsync(response.Headers.Location, Ct);
        var again = await fetched.ReadJsonAsync();
        Assert.Equal(worker.GetProperty("idNumberMasked").GetString(), again.GetProperty("idNumberMasked").GetString());
        Assert.Equal(response.Headers.ETag, fetched.Headers.ETag);

        var employments = await admin.GetJsonAsync($"{WorkerTestApi.WorkersUrl}/{id}/employments");
        var only = Assert.Single(employments.EnumerateArray());
        Assert.Equal(institution.Id, only.GetProperty("institutionId").GetGuid());
        Assert.Equal("Affiliated", only.GetProperty("employmentType").GetString());
        Assert.Equal(JsonValueKind.Null, only.GetProperty("endedOn").ValueKind);
    }

    [Fact]
    public async Task Given_a_male_ID_number_When_created_Then_gender_is_Male()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var idNumber = RegistryTestData.NewIdNumber(new DateOnly(1972, 2, 29), Gender.Male);

        var worker = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, idNumber));

        Assert.Equal("Male", worker.Body.GetProperty("gender").GetString());
        Assert.Equal("1972-02-29", worker.Body.GetProperty("birthDate").GetString());
    }

    public static TheoryData<string, string, string> InvalidIdNumbers()
    {
        var valid = RegistryTestData.NewIdNumber(new DateOnly(1980, 5, 20));
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var feb30First17 = "150203" + "19850230" + "123";
        var feb30 = feb30First17 + ResidentIdNumber.ComputeCheckCharacter("150203" + "19850228" + "123"); // the check character is irrelevant
        var future = "150203" + DateTime.UtcNow.AddYears(1).ToString("yyyy", CultureInfo.InvariantCulture) + "0101" + "123";
        return new TheoryData<string, string, string>
        {
            { "wrong check character", wrongCheck, "check character" },
            { "30 February", feb30, "birth date" },
            { "birth date in the future", future + ResidentIdNumber.ComputeCheckCharacter(future), "birth date" },
            { "17 characters", valid[..17], "18 characters" },
            { "19 characters", valid + "1", "18 characters" },
            { "a letter inside", valid[..10] + "A" + valid[11..], "digits" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidIdNumbers))]
    public async Task Given_an_invalid_ID_number_When_creating_Then_400_with_errors_idNumber_saying_what_is_wrong(
        string _, string idNumber, string expectedReason)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();

        var response = await admin.PostWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, idNumber));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("idNumber"), problem.ToString());
        var message = problem.Errors().GetProperty("idNumber")[0].GetString()!;
        Assert.Contains(expectedReason, message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(idNumber, problem.ToString());
    }

    [Fact]
    public async Task Given_a_missing_ID_number_When_creating_Then_400_with_errors_idNumber()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var body = WorkerTestApi.NewWorkerBody(institution.Id);
        body["idNumber"] = "";

        var problem = await (await admin.PostWorkerAsync(body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("idNumber"), problem.ToString());
    }

    [Fact]
    public async Task Given_a_full_width_ID_number_When_created_Then_it_is_normalised_and_the_ASCII_form_is_a_duplicate()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var idNumber = RegistryTestData.NewIdNumber();
        var body = WorkerTestApi.NewWorkerBody(institution.Id, " " + RegistryTestData.ToFullWidth(idNumber) + " ");

        var worker = await admin.CreateWorkerAsync(body);

        Assert.Equal(idNumber[..6] + "********" + idNumber[^4..], worker.Body.GetProperty("idNumberMasked").GetString());
        var officer = await Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var revealed = await (await officer.RevealAsync(worker.Id)).ReadJsonAsync();
        Assert.Equal(idNumber, revealed.GetProperty("idNumber").GetString());

        var duplicate = await admin.PostWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, idNumber));
        var problem = await duplicate.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.True(problem.HasError("idNumber"), problem.ToString());
    }

    [Fact]
    public async Task Given_a_lower_case_x_check_character_When_created_Then_accepted_as_X_and_the_upper_case_form_is_a_duplicate()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var idNumber = WorkerTestApi.NewIdNumberEndingInX();

        var worker = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, idNumber[..17] + "x"));

        Assert.EndsWith("X", worker.Body.GetProperty("idNumberMasked").GetString());
        var duplicate = await admin.PostWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, idNumber));
        Assert.True((await duplicate.ReadProblemAsync(HttpStatusCode.Conflict)).HasError("idNumber"));
    }

    [Fact]
    public async Task Given_a_registered_person_When_registering_them_again_at_another_institution_Then_409_with_errors_idNumber()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var first = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var second = await admin.CreateInstitutionAsync(RegistryTestData.StreetC);
        var worker = await admin.CreateWorkerAsync(first.Id);

        var response = await admin.PostWorkerAsync(WorkerTestApi.NewWorkerBody(second.Id, worker.IdNumber, "另一个名字"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.True(problem.HasError("idNumber"), problem.ToString());
        Assert.Equal("duplicate_id_number", problem.Code());
        Assert.DoesNotContain(worker.IdNumber, problem.ToString());
        var found = await admin.ListWorkersAsync($"search={worker.IdNumber}");
        Assert.Equal([worker.Id], found.Ids());
    }

    [Fact]
    public async Task Given_five_concurrent_registrations_of_one_person_When_they_race_Then_exactly_one_is_201_and_the_others_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institutions = new List<CreatedInstitution>();
        for (var i = 0; i < 5; i++)
        {
            institutions.Add(await admin.CreateInstitutionAsync());
        }

        var idNumber = RegistryTestData.NewIdNumber();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 5; i++)
        {
            clients.Add(await Factory.CreateSignedInClientAsync());
        }

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostWorkerAsync(WorkerTestApi.NewWorkerBody(institutions[i].Id, idNumber))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.True((await conflict.ReadProblemAsync(HttpStatusCode.Conflict)).HasError("idNumber"));
        }

        var found = await admin.ListWorkersAsync($"search={idNumber}");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_created_worker_When_reading_the_database_file_Then_the_ID_number_and_phone_are_not_stored_in_plain_text()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var worker = await admin.CreateWorkerAsync(institution.Id);

        var rows = new List<string>();
        var path = Path.Combine(Factory.DataDirectory, "registry.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM Workers";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
            }
        }

        SqliteConnection.ClearAllPools();
        var row = Assert.Single(rows, r => r.Contains(worker.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(worker.IdNumber, row);
        Assert.DoesNotContain(worker.IdNumber[6..14], row); // not even the birth date digits in sequence
        Assert.DoesNotContain(worker.Phone, row);
        Assert.Contains("150203********" + worker.IdNumber[^4..], row);
        Assert.All(rows, r => Assert.DoesNotContain(worker.IdNumber, r));
    }

    [Fact]
    public async Task Given_an_unknown_institution_When_creating_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostWorkerAsync(WorkerTestApi.NewWorkerBody(Guid.NewGuid()));

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_unknown_job_types_missing_employment_type_and_a_bad_phone_When_creating_Then_400_naming_each_field()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var body = WorkerTestApi.NewWorkerBody(institution.Id, jobTypes: ["Housekeeper", "Astronaut"]);
        body.Remove("employmentType");
        body["phone"] = "12345";
        body["certificates"] = new[] { new { name = "", number = (string?)null, level = (string?)null, issuedOn = "2020-01-01", expiresOn = "2019-01-01" } };

        var problem = await (await admin.PostWorkerAsync(body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("jobTypes"), problem.ToString());
        Assert.Contains("Astronaut", problem.Errors().GetProperty("jobTypes")[0].GetString());
        Assert.True(problem.HasError("employmentType"), problem.ToString());
        Assert.True(problem.HasError("phone"), problem.ToString());
        Assert.True(problem.HasError("certificates[0].name"), problem.ToString());
        Assert.True(problem.HasError("certificates[0].expiresOn"), problem.ToString());
    }

    [Fact]
    public async Task Given_certificates_When_created_and_then_replaced_Then_they_round_trip_as_a_set()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var body = WorkerTestApi.NewWorkerBody(institution.Id);
        body["certificates"] = new object[]
        {
            new { name = "家政服务员", number = "HS-2019-0001", level = "四级", issuedOn = "2019-03-01", expiresOn = (string?)null },
            new { name = "养老护理员", number = "EC-2021-0456", level = "三级", issuedOn = "2021-09-15", expiresOn = "2027-09-14" },
        };
        var worker = await admin.CreateWorkerAsync(body);

        var fetched = await admin.GetWorkerAsync(worker.Id);
        var certificates = fetched.GetProperty("certificates").EnumerateArray().ToArray();
        Assert.Equal(2, certificates.Length);
        Assert.Equal("家政服务员", certificates[0].GetProperty("name").GetString());
        Assert.Equal("HS-2019-0001", certificates[0].GetProperty("number").GetString());
        Assert.Equal("四级", certificates[0].GetProperty("level").GetString());
        Assert.Equal("2019-03-01", certificates[0].GetProperty("issuedOn").GetString());
        Assert.Equal(JsonValueKind.Null, certificates[0].GetProperty("expiresOn").ValueKind);
        Assert.Equal("养老护理员", certificates[1].GetProperty("name").GetString());
        Assert.Equal("2027-09-14", certificates[1].GetProperty("expiresOn").GetString());

        var replaced = await admin.SendWithIfMatchAsync(Put(worker.Id, UpdateBody(worker.Body.GetProperty("name").GetString()!, worker.Phone,
            [new { name = "育婴员", number = "CC-2024-0007", level = "五级", issuedOn = "2024-05-20", expiresOn = (string?)null }])), worker.ETag);
        await replaced.EnsureStatusAsync(HttpStatusCode.OK);

        var after = (await admin.GetWorkerAsync(worker.Id)).GetProperty("certificates").EnumerateArray().ToArray();
        var only = Assert.Single(after);
        Assert.Equal("育婴员", only.GetProperty("name").GetString());
        Assert.Equal("CC-2024-0007", only.GetProperty("number").GetString());

        var etag = (await admin.GetAsync($"{WorkerTestApi.WorkersUrl}/{worker.Id}", Ct)).Headers.ETag?.Tag;
        await (await admin.SendWithIfMatchAsync(Put(worker.Id, UpdateBody("王秀兰", worker.Phone, [])), etag)).EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await admin.GetWorkerAsync(worker.Id)).GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public async Task Given_an_update_without_If_Match_When_sent_Then_428()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var worker = await admin.CreateWorkerAsync((await admin.CreateInstitutionAsync()).Id);

        var response = await admin.SendAsync(Put(worker.Id, UpdateBody("王秀兰", worker.Phone)), Ct);

        await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Given_a_stale_ETag_When_updating_Then_412_and_the_current_ETag_succeeds()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var worker = await admin.CreateWorkerAsync((await admin.CreateInstitutionAsync()).Id);
        var newPhone = RegistryTestData.NewMobilePhone();

        var first = await admin.SendWithIfMatchAsync(Put(worker.Id, UpdateBody("张桂芳", newPhone, identityVerified: true)), worker.ETag);
        var updated = await first.ReadJsonAsync();
        var stale = await admin.SendWithIfMatchAsync(Put(worker.Id, UpdateBody("李桂芳", worker.Phone)), worker.ETag);

        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.NotEqual(worker.ETag, first.Headers.ETag?.Tag);
        Assert.Equal("张桂芳", updated.GetProperty("name").GetString());
        Assert.Equal(newPhone[..3] + "****" + newPhone[^4..], updated.GetProperty("phoneMasked").GetString());
        Assert.Equal("Affiliated", updated.GetProperty("employmentType").GetString());
        Assert.Equal(["ElderlyCarer", "Cleaner"], updated.GetProperty("jobTypes").Strings());
        Assert.True(updated.GetProperty("identityVerified").GetBoolean());
        Assert.Equal("Green", updated.GetProperty("credentialStatus").GetString());
        Assert.Equal(worker.Body.GetProperty("idNumberMasked").GetString(), updated.GetProperty("idNumberMasked").GetString());

        var current = await admin.GetWorkerAsync(worker.Id);
        Assert.Equal("张桂芳", current.GetProperty("name").GetString());
        var employment = Assert.Single((await admin.GetJsonAsync($"{WorkerTestApi.WorkersUrl}/{worker.Id}/employments")).EnumerateArray());
        Assert.Equal("Affiliated", employment.GetProperty("employmentType").GetString());

        var officer = await Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var revealed = await (await officer.RevealAsync(worker.Id)).ReadJsonAsync();
        Assert.Equal(newPhone, revealed.GetProperty("phone").GetString());
        Assert.Equal(worker.IdNumber, revealed.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task Given_a_worker_When_a_district_officer_revokes_and_restores_credentials_Then_red_and_back_with_refusals_when_repeated()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var body = WorkerTestApi.NewWorkerBody(institution.Id);
        body["identityVerified"] = true;
        body["healthCheckDate"] = WorkerTestApi.TodayInChina.AddMonths(-2).ToString("yyyy-MM-dd");
        body["accidentInsuranceValidUntil"] = WorkerTestApi.TodayInChina.AddMonths(3).ToString("yyyy-MM-dd");
        var worker = await admin.CreateWorkerAsync(body);
        Assert.Equal("Green", worker.Body.GetProperty("credentialStatus").GetString());
        var officer = await Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var streetOfficer = await Factory.CreateStreetOfficerClientAsync(admin, institution.StreetCode);
        var url = $"{WorkerTestApi.WorkersUrl}/{worker.Id}";

        await (await streetOfficer.PostAsJsonAsync($"{url}/revoke-credentials", new { reason = "投诉" }, Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var noReason = await officer.PostAsJsonAsync($"{url}/revoke-credentials", new { reason = "" }, Ct);
        Assert.True((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("reason"));

        var revoked = await (await officer.PostAsJsonAsync($"{url}/revoke-credentials", new { reason = "严重服务投诉经核实" }, Ct)).ReadJsonAsync();
        Assert.Equal("Red", revoked.GetProperty("credentialStatus").GetString());
        Assert.True(revoked.GetProperty("isRevoked").GetBoolean());
        Assert.Equal("严重服务投诉经核实", revoked.GetProperty("revokedReason").GetString());
        Assert.Contains(worker.Id, (await admin.ListWorkersAsync($"institutionId={institution.Id}&credentialStatus=Red")).Ids());
        await (await officer.PostAsJsonAsync($"{url}/revoke-credentials", new { reason = "再次" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);

        var restored = await (await officer.PostAsJsonAsync($"{url}/restore-credentials", new { reason = "复核后恢复" }, Ct)).ReadJsonAsync();
        Assert.Equal("Green", restored.GetProperty("credentialStatus").GetString());
        Assert.False(restored.GetProperty("isRevoked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, restored.GetProperty("revokedReason").ValueKind);
        await (await officer.PostAsync($"{url}/restore-credentials", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
    }
}
