using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Subsidy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jiafu.IntegrationTests.Subsidy.SubsidyRulesTestData;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>The loan interest discount, social insurance, accident insurance, health check and service-fee items over HTTP.</summary>
public sealed class SubsidyRulesTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_loan_When_interest_is_claimed_Then_the_full_interest_is_discounted_and_a_statement_month_is_never_claimed_twice()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var contract = $"JK-{Guid.NewGuid():N}"[..20];

        var preview = await (await applicant.PreviewAsync(LoanBody(institutionId, year, contract, (1, 812.40m), (2, 790.15m)))).ReadJsonAsync();
        Assert.True(preview.GetProperty("eligible").GetBoolean());
        Assert.Equal(1602.55m, preview.Dec("amount"));
        Assert.Equal(1m, preview.GetProperty("parameters").GetProperty("DiscountRate").GetDecimal());
        Assert.Equal(contract, preview.GetProperty("inputs").GetProperty("loanContractNumber").GetString());

        var created = await (await applicant.ApplyAsync(LoanBody(institutionId, year, contract, (1, 812.40m), (2, 790.15m)))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1602.55m, created.Dec("amount"));

        // February again (with March): refused whole; March alone is fine; the same contract written differently is the same loan.
        var again = await (await applicant.ApplyAsync(LoanBody(institutionId, year, contract.ToLowerInvariant() + " ", (2, 790.15m), (3, 10m))))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate_claim", again.Code());
        await (await applicant.ApplyAsync(LoanBody(institutionId, year, contract, (3, 770m)))).ReadJsonAsync(HttpStatusCode.Created);

        var outside = await (await applicant.PreviewAsync(LoanBody(institutionId, year, contract, (0, 1m) /* month 00 */))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(outside.GetProperty("errors").TryGetProperty("inputs.interestStatements[0].month", out _));
    }

    [Fact]
    public async Task Given_an_institution_without_a_filing_When_it_previews_or_applies_for_staff_subsidies_Then_the_reason_is_shown_and_the_application_refused()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var person = RegistryTestData.NewIdNumber();

        foreach (var body in new[]
        {
            StaffBody(SocialInsurance, institutionId, year, Person(person, year, 1, 3)),
            StaffBody(Accident, institutionId, year, new { idNumber = person, name = "李桂兰", cost = 120m }),
            StaffBody(HealthCheck, institutionId, year, new { idNumber = person, name = "李桂兰", cost = 300m }),
        })
        {
            var preview = await (await admin.PreviewAsync(body)).ReadJsonAsync();
            Assert.False(preview.GetProperty("eligible").GetBoolean());
            Assert.Contains("员工制", preview.GetProperty("reason").GetString());
            Assert.Equal(0m, preview.Dec("amount"));
            var refused = await (await admin.ApplyAsync(body)).ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("not_eligible", refused.Code());
            Assert.Contains("employee-based", refused.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Given_an_institution_that_is_not_active_When_previewing_Then_the_reason_says_so()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institution = await admin.CreateInstitutionAsync(); // registered, never recognised

        var preview = await (await admin.PreviewAsync(LoanBody(institution.Id, year, "C-1", (1, 10m)))).ReadJsonAsync();

        Assert.False(preview.GetProperty("eligible").GetBoolean());
        Assert.Contains("not active", preview.GetProperty("reason").GetString());
        Assert.Equal("not_eligible", (await (await admin.ApplyAsync(LoanBody(institution.Id, year, "C-1", (1, 10m)))).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task Given_a_filed_enterprise_When_claiming_social_insurance_Then_each_person_month_is_paid_once_within_the_maximum_months_and_ids_are_masked()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var year = SubsidyTestData.NewYear();
        await district.SetParametersAsync(SocialInsurance, year, ("MonthlyAmount", 480m), ("MaxMonthsPerPerson", 8m));
        var first = await admin.CreateFiledInstitutionAsync();
        var second = await admin.CreateFiledInstitutionAsync();
        var worker = await admin.NewStaffAsync(first.Id);
        var person = worker.IdNumber;
        var graduate = (await admin.NewStaffAsync(first.Id)).IdNumber;

        var created = await (await admin.ApplyAsync(StaffBody(SocialInsurance, first.Id, year,
            Person(person, year, 1, 6), Person(graduate, year, 5, 5, "RecentGraduate")))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(7 * 480m, created.Dec("amount"));
        var text = created.GetRawText();
        Assert.DoesNotContain(person, text);
        Assert.Contains(person[..6] + "********" + person[^4..], text);
        Assert.Equal(1, created.GetProperty("breakdown").GetProperty("parameterVersion").GetInt32());

        // The person moves to another enterprise, which claims the same month: refused. Three more months pass the 8-month maximum: the reason says how many are left.
        await admin.MoveStaffAsync(worker, second.Id);
        Assert.Equal("duplicate_claim",
            (await (await admin.ApplyAsync(StaffBody(SocialInsurance, second.Id, year, Person(person, year, 6, 7)))).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        var over = await (await admin.PreviewAsync(StaffBody(SocialInsurance, second.Id, year, Person(person, year, 7, 9)))).ReadJsonAsync();
        Assert.False(over.GetProperty("eligible").GetBoolean());
        Assert.Contains("at most 2 left", over.GetProperty("reason").GetString());
        var exactly = await (await admin.ApplyAsync(StaffBody(SocialInsurance, second.Id, year, Person(person, year, 7, 8)))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2 * 480m, exactly.Dec("amount"));

        // Rejecting the first application frees its months and lowers the person's count.
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, first.StreetCode);
        await street.ActOkAsync(created.GetProperty("id").GetGuid(), "reject", new { comment = "材料不实" });
        var after = await (await admin.PreviewAsync(StaffBody(SocialInsurance, second.Id, year, Person(person, year, 1, 6)))).ReadJsonAsync();
        Assert.True(after.GetProperty("eligible").GetBoolean(), after.GetProperty("reason").GetString());

        // No ID number is stored in clear.
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidyDbContext>();
        var inputs = await db.Set<Jiafu.Subsidy.Domain.SubsidyApplication>().Where(a => a.Year == year).Select(a => a.InputsJson).ToListAsync(Ct);
        Assert.All(inputs, json => Assert.DoesNotContain(person, json));
    }

    [Fact]
    public async Task Given_a_returned_social_insurance_application_When_resubmitted_with_more_months_Then_its_own_months_are_counted_once()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var year = SubsidyTestData.NewYear();
        await district.SetParametersAsync(SocialInsurance, year, ("MonthlyAmount", 100m), ("MaxMonthsPerPerson", 8m));
        var institution = await admin.CreateFiledInstitutionAsync();
        var other = await admin.CreateFiledInstitutionAsync();
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institution.Id);
        var worker = await admin.NewStaffAsync(institution.Id);
        var person = worker.IdNumber;
        var id = await applicant.ApplyOkAsync(StaffBody(SocialInsurance, institution.Id, year, Person(person, year, 1, 6)));
        await district.ActOkAsync(id, "return", new { comment = "请补充7、8月" });

        var tooMany = await (await applicant.ActAsync(id, "resubmit", new { inputs = new { staff = new[] { Person(person, year, 1, 9) } } }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_eligible", tooMany.Code());
        Assert.Contains("at most 8 left", tooMany.GetProperty("detail").GetString());
        var resubmitted = await applicant.ActOkAsync(id, "resubmit", new { inputs = new { staff = new[] { Person(person, year, 1, 8) } } });
        Assert.Equal(800m, resubmitted.Dec("amount"));
        Assert.Equal("Submitted", resubmitted.GetProperty("status").GetString());

        await admin.MoveStaffAsync(worker, other.Id);
        var none = await (await admin.PreviewAsync(StaffBody(SocialInsurance, other.Id, year, Person(person, year, 9, 9)))).ReadJsonAsync();
        Assert.Contains("at most 0 left", none.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Given_a_person_near_the_maximum_When_two_enterprises_claim_different_months_at_once_Then_the_database_lets_only_one_through()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var year = SubsidyTestData.NewYear();
        await district.SetParametersAsync(SocialInsurance, year, ("MonthlyAmount", 100m), ("MaxMonthsPerPerson", 8m));
        var institution = (await admin.CreateFiledInstitutionAsync()).Id;
        var person = (await admin.NewStaffAsync(institution)).IdNumber;
        await admin.ApplyOkAsync(StaffBody(SocialInsurance, institution, year, Person(person, year, 12, 12)));

        // 1 + 5 + 5 + 5 months in three applications at once: each alone fits in 8, any two do not.
        var responses = await Task.WhenAll(
            admin.ApplyAsync(StaffBody(SocialInsurance, institution, year, Person(person, year, 1, 5))),
            admin.ApplyAsync(StaffBody(SocialInsurance, institution, year, Person(person, year, 6, 10))),
            admin.ApplyAsync(StaffBody(SocialInsurance, institution, year, Person(person, year, 2, 6))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidyDbContext>();
        var claimed = await db.Set<Jiafu.Subsidy.Domain.SubsidyApplication>().Where(a => a.Year == year).SumAsync(a => a.AmountFen, Ct);
        Assert.Equal(600_00L, claimed);
        var counter = await db.Set<Jiafu.Subsidy.Domain.ClaimCounter>().Where(c => c.ItemCode == SocialInsurance)
            .Join(db.Set<Jiafu.Subsidy.Domain.SubsidyClaim>().Where(c => c.Period == $"{year}-12"), c => c.SubjectKey, c => c.SubjectKey, (c, _) => c.Count)
            .SingleAsync(Ct);
        Assert.Equal(6, counter);
    }

    [Theory]
    [InlineData(Accident)]
    [InlineData(HealthCheck)]
    public async Task Given_a_filed_enterprise_When_claiming_staff_costs_Then_half_is_paid_once_per_person_item_and_year(string item)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institution = await admin.CreateFiledInstitutionAsync();
        var a = (await admin.NewStaffAsync(institution.Id)).IdNumber;
        var b = (await admin.NewStaffAsync(institution.Id)).IdNumber;

        var created = await (await admin.ApplyAsync(StaffBody(item, institution.Id, year,
            new { idNumber = a, name = "甲", cost = 180.01m }, new { idNumber = b, name = "乙", cost = 99m }))).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(90.01m + 49.50m, created.Dec("amount"));
        Assert.Equal(0.5m, created.GetProperty("breakdown").GetProperty("parameters").GetProperty("Rate").GetDecimal());
        Assert.Equal("duplicate_claim",
            (await (await admin.ApplyAsync(StaffBody(item, institution.Id, year, new { idNumber = b, name = "乙", cost = 10m }))).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        // The other item and the next year are separate claims.
        var other = item == Accident ? HealthCheck : Accident;
        await admin.ApplyOkAsync(StaffBody(other, institution.Id, year, new { idNumber = b, name = "乙", cost = 10m }));
        await admin.ApplyOkAsync(StaffBody(item, institution.Id, year + 100 > 2100 ? year - 1 : year + 100, new { idNumber = b, name = "乙", cost = 10m }));
    }

    [Fact]
    public async Task Given_imported_service_records_When_the_institution_claims_Then_50_yuan_each_within_the_household_cap_and_no_record_twice()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var year = SubsidyTestData.NewPastYear();
        await district.SetParametersAsync(ServiceFee, year, ("AmountPerService", 50m), ("MaxPerHouseholdPerYear", 3m));
        var first = await admin.CreateFiledInstitutionAsync();
        var second = await admin.CreateFiledInstitutionAsync();
        var operatorOfFirst = await fixture.Factory.CreateOperatorClientAsync(admin, first.Id);
        var household = RegistryTestData.NewIdNumber();
        var other = RegistryTestData.NewIdNumber();

        var validated = await operatorOfFirst.ImportServiceRecordsAsync("validate",
            [.. ServiceRows(first.CreditCode, year, household, 2), $"{second.CreditCode},{year}-03-01,{other},保洁", $"{first.CreditCode},{year}-03-01,{household},保洁",
             $"{first.CreditCode},2999-01-01,{other},保洁"]);
        Assert.Equal(2, validated.GetProperty("rowsValid").GetInt32());
        Assert.Equal([(3, "institutionCreditCode"), (4, "serviceDate"), (5, "serviceDate")],
            validated.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToArray());

        // The first institution: household twice plus another household once; importing the same file twice changes nothing.
        var rows = ServiceRows(first.CreditCode, year, household, 2).Concat(ServiceRows(first.CreditCode, year, other, 1, "月嫂")).ToArray();
        Assert.Equal(3, (await operatorOfFirst.ImportServiceRecordsAsync("commit", rows)).GetProperty("created").GetInt32());
        Assert.Equal(0, (await operatorOfFirst.ImportServiceRecordsAsync("commit", rows)).GetProperty("created").GetInt32());
        // The second institution served the same household twice more (the cap of 3 is per household, across institutions).
        Assert.Equal(2, (await admin.ImportServiceRecordsAsync("commit", [.. ServiceRows(second.CreditCode, year, household, 2, "养老护理")])).GetProperty("created").GetInt32());

        var body = new { itemCode = ServiceFee, year, institutionId = first.Id, inputs = new { } };
        var claimed = await (await operatorOfFirst.ApplyAsync(body)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(150m, claimed.Dec("amount"));
        Assert.Equal("3", claimed.GetProperty("breakdown").GetProperty("inputs").GetProperty("serviceRecords").GetString());
        Assert.DoesNotContain(household, claimed.GetRawText());
        var none = await (await operatorOfFirst.ApplyAsync(body)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_eligible", none.Code());

        var listed = await operatorOfFirst.GetJsonAsync($"/api/v1/subsidy/service-records?year={year}&claimed=true");
        Assert.Equal(3, listed.GetProperty("total").GetInt32());
        Assert.All(listed.GetProperty("items").EnumerateArray(), r =>
        {
            Assert.Equal(claimed.GetProperty("id").GetGuid(), r.GetProperty("claimedByApplicationId").GetGuid());
            Assert.Equal(first.Id, r.GetProperty("institutionId").GetGuid());
            Assert.Contains("********", r.GetProperty("householdHeadIdMasked").GetString());
        });
        Assert.Equal(2, (await admin.GetJsonAsync($"/api/v1/subsidy/service-records?year={year}&claimed=false")).GetProperty("total").GetInt32());
        var otherStreet = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        Assert.Equal(0, (await otherStreet.GetJsonAsync($"/api/v1/subsidy/service-records?year={year}")).GetProperty("total").GetInt32());

        var secondBody = new { itemCode = ServiceFee, year, institutionId = second.Id, inputs = new { } };
        var preview = await (await admin.PreviewAsync(secondBody)).ReadJsonAsync();
        Assert.Equal(50m, preview.Dec("amount")); // 2 already + 2 records → 1 counted
        Assert.Contains(preview.GetProperty("steps").EnumerateArray(), s => s.GetProperty("value").GetString()!.EndsWith("→ 1 counted 计入 (cap 3)"));
        await admin.ApplyOkAsync(secondBody);
        var full = await (await admin.PreviewAsync(secondBody)).ReadJsonAsync();
        Assert.False(full.GetProperty("eligible").GetBoolean());
        Assert.Contains("cap of 3", full.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Given_service_records_When_two_claims_for_the_same_household_race_Then_the_cap_holds()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var year = SubsidyTestData.NewPastYear();
        await district.SetParametersAsync(ServiceFee, year, ("AmountPerService", 50m), ("MaxPerHouseholdPerYear", 3m));
        var household = RegistryTestData.NewIdNumber();
        var starter = await admin.CreateFiledInstitutionAsync();
        await admin.ImportServiceRecordsAsync("commit", [.. ServiceRows(starter.CreditCode, year, household, 1)]);
        await admin.ApplyOkAsync(new { itemCode = ServiceFee, year, institutionId = starter.Id, inputs = new { } });
        var institutions = new List<CreatedInstitution>();
        for (var i = 0; i < 3; i++)
        {
            var institution = await admin.CreateFiledInstitutionAsync();
            institutions.Add(institution);
            await admin.ImportServiceRecordsAsync("commit", [.. ServiceRows(institution.CreditCode, year, household, 2, new[] { "月嫂", "育婴", "病患陪护" }[i])]);
        }

        var responses = await Task.WhenAll(institutions.Select(i => admin.ApplyAsync(new { itemCode = ServiceFee, year, institutionId = i.Id, inputs = new { } })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidyDbContext>();
        Assert.Equal(150_00L, await db.Set<Jiafu.Subsidy.Domain.SubsidyApplication>().Where(a => a.Year == year).SumAsync(a => a.AmountFen, Ct));
    }
    [Theory]
    [InlineData(SocialInsurance)]
    [InlineData(Accident)]
    [InlineData(HealthCheck)]
    public async Task Given_staff_who_are_not_workers_of_the_enterprise_When_previewing_or_applying_Then_the_row_is_named_and_the_application_refused(string item)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institution = await admin.CreateFiledInstitutionAsync();
        var elsewhere = await admin.CreateFiledInstitutionAsync();
        var own = (await admin.NewStaffAsync(institution.Id)).IdNumber;
        var unregistered = RegistryTestData.NewIdNumber();
        var ofAnother = (await admin.NewStaffAsync(elsewhere.Id)).IdNumber;
        var struckOff = await admin.NewStaffAsync(institution.Id);
        await (await admin.PostAsJsonAsync($"{WorkerTestApi.WorkersUrl}/{struckOff.Id}/revoke-credentials", new { reason = "投诉核实" }, Ct))
            .EnsureStatusAsync(HttpStatusCode.OK);
        object Row(string id) => item == SocialInsurance ? Person(id, year, 1, 2) : new { idNumber = id, name = "赵敏", cost = 100m };

        foreach (var (second, expected) in new[]
        {
            (unregistered, "not in the register of workers"),
            (ofAnother, "another institution"),
            (struckOff.IdNumber, "struck off"),
        })
        {
            var body = StaffBody(item, institution.Id, year, Row(own), Row(second));
            var preview = await (await admin.PreviewAsync(body)).ReadJsonAsync();
            Assert.False(preview.GetProperty("eligible").GetBoolean());
            var reason = preview.GetProperty("reason").GetString()!;
            Assert.StartsWith($"Row 2 ({second[..6]}********{second[^4..]})", reason);
            Assert.Contains(expected, reason);
            Assert.Contains("第2行", reason);
            Assert.Equal("inputs.staff[1].idNumber", preview.GetProperty("reasonField").GetString());
            Assert.Equal(0m, preview.Dec("amount"));

            var refused = await (await admin.ApplyAsync(body)).ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("not_eligible", refused.Code());
            Assert.Contains("Row 2", refused.GetProperty("detail").GetString());
            Assert.True(refused.HasError("inputs.staff[1].idNumber"));
        }

        // The enterprise's own worker alone passes.
        await admin.ApplyOkAsync(StaffBody(item, institution.Id, year, Row(own)));
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidyDbContext>();
        Assert.Equal(1, await db.Set<Jiafu.Subsidy.Domain.SubsidyApplication>().CountAsync(a => a.Year == year && a.InstitutionId == institution.Id, Ct));
    }

    [Fact]
    public async Task Given_a_small_enterprise_without_an_employee_based_filing_When_it_claims_the_unemployment_insurance_refund_Then_it_is_eligible()
    {
        // Plan §3: the refund is for small and micro household-service enterprises generally (中小微家服企业), not only filed ones.
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();

        var preview = await (await admin.PreviewAsync(SubsidyTestData.RefundBody(institutionId, year, insured: 30, laidOff: 6, premium: 900m))).ReadJsonAsync();

        Assert.True(preview.GetProperty("eligible").GetBoolean(), preview.GetProperty("reason").GetString());
        Assert.Equal(900m, preview.Dec("amount"));
    }

    [Fact]
    public async Task Given_a_returned_staff_application_When_the_detail_is_read_Then_the_typed_inputs_come_back_with_masked_id_numbers()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var year = SubsidyTestData.NewYear();
        var institution = await admin.CreateFiledInstitutionAsync();
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institution.Id);
        var first = (await admin.NewStaffAsync(institution.Id)).IdNumber;
        var second = (await admin.NewStaffAsync(institution.Id)).IdNumber;
        var id = await applicant.ApplyOkAsync(StaffBody(SocialInsurance, institution.Id, year,
            Person(first, year, 2, 4), Person(second, year, 5, 5, "RecentGraduate")));
        await district.ActOkAsync(id, "return", new { comment = "请核对月份" });

        var detail = await applicant.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}");

        var staff = detail.GetProperty("inputs").GetProperty("staff").EnumerateArray().ToList();
        Assert.Equal(2, staff.Count);
        Assert.Equal(first[..6] + "********" + first[^4..], staff[0].GetProperty("idNumber").GetString());
        Assert.Equal(("王秀英", "HardToEmploy", $"{year}-02", $"{year}-04"),
            (staff[0].GetProperty("name").GetString(), staff[0].GetProperty("category").GetString(),
             staff[0].GetProperty("fromMonth").GetString(), staff[0].GetProperty("toMonth").GetString()));
        Assert.Equal("RecentGraduate", staff[1].GetProperty("category").GetString());
        Assert.DoesNotContain(first, detail.GetRawText());
        Assert.DoesNotContain(second, detail.GetRawText());
        Assert.DoesNotContain("v1.", staff[1].GetProperty("idNumber").GetString()); // not the ciphertext either

        // The loan's inputs come back typed as well; lists leave the inputs out.
        var contract = $"JK-{Guid.NewGuid():N}"[..20];
        var loan = await applicant.ApplyOkAsync(LoanBody(institution.Id, year, contract, (1, 812.40m), (2, 790.15m)));
        var loanInputs = (await applicant.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{loan}")).GetProperty("inputs");
        Assert.Equal(contract, loanInputs.GetProperty("loanContractNumber").GetString());
        Assert.Equal(300_000m, loanInputs.GetProperty("loanPrincipal").GetDecimal());
        Assert.Equal($"{year}-01-01", loanInputs.GetProperty("loanStartDate").GetString());
        Assert.Equal([($"{year}-01", 812.40m), ($"{year}-02", 790.15m)],
            loanInputs.GetProperty("interestStatements").EnumerateArray().Select(e => (e.GetProperty("month").GetString(), e.GetProperty("interestPaid").GetDecimal())).ToArray());
        var listed = await applicant.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}");
        Assert.All(listed.GetProperty("items").EnumerateArray(), a => Assert.True(!a.TryGetProperty("inputs", out var v) || v.ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public async Task Given_the_service_type_catalogue_When_importing_service_records_Then_only_catalogued_types_are_taken_in_their_catalogue_spelling()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewPastYear();
        var institution = await admin.CreateFiledInstitutionAsync();
        var household = RegistryTestData.NewIdNumber();

        var result = await admin.ImportServiceRecordsAsync("commit",
            $"{institution.CreditCode},{year}-04-01,{household}, 养老护理 ", $"{institution.CreditCode},{year}-04-02,{household},擦玻璃",
            $"{institution.CreditCode},{year}-04-03,{household},保洁");

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "serviceType"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("养老护理", error.GetProperty("message").GetString());
        var listed = await admin.GetJsonAsync($"/api/v1/subsidy/service-records?year={year}&institutionId={institution.Id}");
        Assert.Equal(["保洁", "养老护理"], listed.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("serviceType").GetString()).Order().ToArray());
    }
}
