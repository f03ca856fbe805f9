using System.Net;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using MiniExcelLibs;
using static Jiafu.IntegrationTests.Reporting.StatisticsFixture;

namespace Jiafu.IntegrationTests.Reporting;

/// <summary>The dashboard and the report forms (on screen and XLSX) against the hand-counted <see cref="StatisticsFixture"/>.</summary>
public sealed class DashboardAndReportTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Kpi(JsonElement dashboard, string code) =>
        dashboard.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("code").GetString() == code);

    private static int Todo(JsonElement dashboard, string code) =>
        dashboard.GetProperty("todos").EnumerateArray().Single(k => k.GetProperty("code").GetString() == code).GetProperty("count").GetInt32();

    private static JsonElement Section(JsonElement report, string titleStart) =>
        report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("title").GetString()!.StartsWith(titleStart, StringComparison.Ordinal));

    private static decimal Cell(JsonElement section, string label, int column = 0) =>
        section.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == label)
            .GetProperty("values")[column].GetDecimal();

    [Fact]
    public async Task Given_the_fixture_When_the_district_opens_the_dashboard_Then_kpis_against_targets_and_todos_match()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var d = await admin.GetJsonAsync($"/api/v1/dashboard?year={Year}");

        Assert.Equal(Year, d.GetProperty("year").GetInt32());
        Assert.StartsWith("全区", d.GetProperty("scopeLabel").GetString());
        var newInstitutions = Kpi(d, "NewInstitutions");
        Assert.Equal(2m, newInstitutions.GetProperty("value").GetDecimal());
        Assert.Equal(5m, newInstitutions.GetProperty("target").GetDecimal());
        Assert.Equal(10m, newInstitutions.GetProperty("targetMax").GetDecimal());
        Assert.Equal(40.0m, newInstitutions.GetProperty("percent").GetDecimal());
        Assert.Equal(2m, Kpi(d, "Trainees").GetProperty("value").GetDecimal());
        Assert.Equal(0.1m, Kpi(d, "Trainees").GetProperty("percent").GetDecimal());
        Assert.Equal(3m, Kpi(d, "VouchersIssued").GetProperty("value").GetDecimal());
        Assert.Equal(5000m, Kpi(d, "VouchersIssued").GetProperty("target").GetDecimal());
        Assert.Equal(400m, Kpi(d, "VoucherValueUsed").GetProperty("value").GetDecimal());
        Assert.Equal(1m, Kpi(d, "CityBrands").GetProperty("value").GetDecimal());
        Assert.Equal(1m, Kpi(d, "NewStations").GetProperty("value").GetDecimal());
        Assert.Equal(1, Todo(d, "PendingRecognition"));
        Assert.Equal(1, Todo(d, "HealthChecksExpiring"));
        Assert.Equal(0, Todo(d, "SubsidyReviews"));
        Assert.Equal(80.0m, d.GetProperty("inspection").GetProperty("progressPercent").GetDecimal());
        Assert.Equal(1, Todo(d, "RectificationsOverdue"));
        Assert.DoesNotContain(d.GetProperty("todos").EnumerateArray(), t => t.GetProperty("code").GetString() == "MyInspectionTasks");
        Assert.Equal(2, StatisticsTests.Count(d.GetProperty("registry"), "institutionsByStreet", StreetA));
    }

    [Fact]
    public async Task Given_a_street_officer_When_they_open_the_dashboard_Then_it_shows_their_street_only()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var streetA = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetA);
        var d = await streetA.GetJsonAsync($"/api/v1/dashboard?year={Year}");

        Assert.Equal("少先路街道", d.GetProperty("scopeLabel").GetString());
        Assert.Equal(1m, Kpi(d, "NewInstitutions").GetProperty("value").GetDecimal());
        Assert.Equal(2m, Kpi(d, "VouchersIssued").GetProperty("value").GetDecimal());
        Assert.Equal(1, Todo(d, "SubsidyReviews"));
        Assert.Equal(StreetA, Assert.Single(d.GetProperty("registry").GetProperty("institutionsByStreet").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Given_an_empty_year_When_the_dashboard_opens_Then_zeros_not_errors()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var d = await admin.GetJsonAsync("/api/v1/dashboard?year=2005");
        Assert.All(d.GetProperty("kpis").EnumerateArray(), k => Assert.Equal(0m, k.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task Given_an_api_client_When_it_asks_for_the_dashboard_Then_403()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var client = await fixture.Factory.CreateApiClientForAsync(admin, [fixture.Institution1], "registry.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/dashboard?year={Year}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Given_the_fixture_When_the_industry_basics_report_is_read_Then_its_tables_match_the_hand_count()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var report = await admin.GetJsonAsync($"/api/v1/reports/industry-basics?year={Year}");

        Assert.Equal("昆都仑区家庭服务业基本情况统计表", report.GetProperty("title").GetString());
        Assert.Equal($"{Year}年", report.GetProperty("period").GetString());
        Assert.False(string.IsNullOrEmpty(report.GetProperty("filledBy").GetString()));
        var formats = Section(report, "二、");
        Assert.Equal(2m, Cell(formats, "家政服务"));
        Assert.Equal(JsonValueKind.Null, formats.GetProperty("total").ValueKind);
        var streets = Section(report, "三、");
        Assert.Equal(2m, Cell(streets, "少先路街道"));
        Assert.Equal(3m, streets.GetProperty("total").GetProperty("values")[0].GetDecimal());
        Assert.Equal(1m, Cell(Section(report, "五、"), "员工制"));
        Assert.Equal(2m, Cell(Section(report, "六、"), "家政服务员"));
        Assert.Equal(2m, Cell(Section(report, "七、"), "女"));
        Assert.Equal(1m, Cell(Section(report, "八、"), "50-59岁"));
        Assert.Equal(3m, Section(report, "八、").GetProperty("total").GetProperty("values")[0].GetDecimal());
    }

    [Fact]
    public async Task Given_the_fixture_When_the_voucher_and_training_reports_are_read_for_a_quarter_Then_only_that_quarter_counts()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var vouchers = await admin.GetJsonAsync($"/api/v1/reports/vouchers?year={Year}&quarter=1");
        Assert.Equal($"{Year}年第1季度", vouchers.GetProperty("period").GetString());
        var summary = Section(vouchers, "一、");
        Assert.Equal(2m, Cell(summary, "本期发放"));
        Assert.Equal(400m, Cell(summary, "本期发放", 1));
        var months = Section(vouchers, "五、");
        Assert.Equal(3, months.GetProperty("rows").GetArrayLength());
        Assert.Equal(2m, months.GetProperty("total").GetProperty("values")[0].GetDecimal());

        var training = await admin.GetJsonAsync($"/api/v1/reports/training?year={Year}&quarter=2");
        Assert.Equal(2m, Cell(Section(training, "一、"), "结业人次"));
        Assert.Equal(1m, Cell(Section(training, "三、"), "就业困难人员"));

        var subsidy = await admin.GetJsonAsync($"/api/v1/reports/subsidy?year={Year}");
        Assert.Equal(51_234.50m, Cell(Section(subsidy, "一、"), "本期拨付", 1));
    }

    [Fact]
    public async Task Given_the_fixture_When_a_report_is_exported_Then_the_xlsx_opens_with_the_official_header_rows_and_totals()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var response = await admin.GetAsync($"/api/v1/reports/industry-basics/xlsx?year={Year}&quarter=3", Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal("昆都仑区家庭服务业基本情况统计表", rows[0]["A"]);
        Assert.StartsWith("填报单位：", (string)rows[1]["A"]!);
        Assert.Equal($"统计期间：{Year}年第3季度　　统计范围：全区（昆都仑区）", rows[2]["A"]);
        var streetsHeading = rows.FindIndex(r => r["A"] is "三、机构按街道（镇）分布");
        Assert.Equal("街道（镇）", rows[streetsHeading + 1]["A"]);
        var total = rows.Skip(streetsHeading).First(r => r["A"] is "合计");
        Assert.Equal(3d, Convert.ToDouble(total["B"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("填表人：", (string)rows[^1]["A"]!);
        Assert.Contains("填表日期：", (string)rows[^1]["A"]!);
    }

    [Theory]
    [InlineData("/api/v1/reports/nonsense?year=2019")]
    [InlineData("/api/v1/reports/vouchers?year=2019&month=0")]
    public async Task Given_an_unknown_report_or_bad_period_When_asked_Then_400(string url)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        await (await admin.GetAsync(url, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_an_empty_year_When_a_report_is_read_Then_totals_are_zero()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var report = await admin.GetJsonAsync("/api/v1/reports/industry-basics?year=2005");
        foreach (var section in report.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("total").ValueKind != JsonValueKind.Null))
        {
            Assert.All(section.GetProperty("total").GetProperty("values").EnumerateArray(), v => Assert.Equal(0m, v.GetDecimal()));
        }
    }

    [Fact]
    public async Task Given_the_fixture_When_the_voucher_ledger_is_exported_Then_it_lists_the_periods_vouchers_oldest_first_within_scope()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var response = await admin.GetAsync($"/api/v1/vouchers/statistics/ledger/xlsx?year={Year}", Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["少先路街道", "少先路街道", "沼潭街道"], rows.Select(r => (string)r["街道（镇）"]!));
        Assert.Equal(["已发放", "已结算", "已服务"], rows.Select(r => (string)r["状态"]!));
        Assert.Equal("2019-04-10", rows[1]["服务日期"]);
        Assert.Equal(200d, Convert.ToDouble(rows[0]["面值（元）"], System.Globalization.CultureInfo.InvariantCulture));

        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var own = await streetB.GetAsync($"/api/v1/vouchers/statistics/ledger/xlsx?year={Year}", Ct);
        await own.EnsureStatusAsync(HttpStatusCode.OK);
        using var ownStream = new MemoryStream(await own.Content.ReadAsByteArrayAsync(Ct));
        Assert.Single(ownStream.Query(useHeaderRow: true));
    }
}
