using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Shared.Exports;
using static Jiafu.IntegrationTests.Reporting.StatisticsFixture;

namespace Jiafu.IntegrationTests.Reporting;

/// <summary>Inspection statistics, the 监督检查统计表, the work ledgers and the XLSX layout against the hand-counted <see cref="StatisticsFixture"/>.</summary>
public sealed class InspectionAndLedgerTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private static readonly XNamespace X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Int(JsonElement json, string name) => json.GetProperty(name).GetInt32();

    private static int Tally(JsonElement json, string list, string code) => StatisticsTests.Count(json, list, code);

    private static JsonElement Street(JsonElement json, string code) =>
        json.GetProperty("progressByStreet").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Given_the_fixture_When_the_district_reads_inspection_statistics_Then_every_figure_matches_the_hand_count()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var s = await admin.GetJsonAsync($"/api/v1/inspection/statistics?year={Year}");

        Assert.Equal(1, Int(s, "campaigns"));
        Assert.Equal(5, Int(s, "tasks"));
        Assert.Equal(4, Int(s, "inspected"));
        Assert.Equal(80.0m, s.GetProperty("progressPercent").GetDecimal());
        Assert.Equal([1, 1, 1, 1, 1], new[] { "Pending", "Passed", "Rectify", "Failed", "Escalated" }.Select(c => Tally(s, "tasksByStatus", c)));
        var a = Street(s, StreetA);
        Assert.Equal((2, 2, 1, 1, 0, 0), (Int(a, "tasks"), Int(a, "inspected"), Int(a, "passed"), Int(a, "rectify"), Int(a, "failed"), Int(a, "escalated")));
        var b = Street(s, StreetB);
        Assert.Equal((3, 2, 0, 0, 1, 1), (Int(b, "tasks"), Int(b, "inspected"), Int(b, "passed"), Int(b, "rectify"), Int(b, "failed"), Int(b, "escalated")));
        Assert.Equal([1, 2, 1], new[] { "Passed", "Rectify", "Failed" }.Select(c => Tally(s, "outcomes", c)));
        Assert.Equal(1, Int(s, "rectificationsOpen"));
        Assert.Equal(1, Int(s, "rectificationsOverdue"));
        Assert.Equal(0, Int(s, "myOpenTasks"));
        Assert.Equal((3, 2, 1), (Int(s, "spotChecksDrawn"), Int(s, "spotChecksFinished"), Int(s, "spotCheckDiscrepancies")));
        Assert.Equal([1, 0, 1, 1, 1, 1], new[] { "A", "B", "C", "D", "RedList", "BlackList" }.Select(c => Tally(s, "creditClasses", c)));

        // The second quarter: outcomes by inspection date (T1 04-10, T2 05-10, T4 05-20); campaign progress stays the year's.
        var q2 = await admin.GetJsonAsync($"/api/v1/inspection/statistics?year={Year}&quarter=2");
        Assert.Equal([1, 2, 0], new[] { "Passed", "Rectify", "Failed" }.Select(c => Tally(q2, "outcomes", c)));
        Assert.Equal(5, Int(q2, "tasks"));
    }

    [Fact]
    public async Task Given_scoped_users_When_they_read_inspection_statistics_Then_each_sees_their_slice()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var streetA = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetA);
        var a = await streetA.GetJsonAsync($"/api/v1/inspection/statistics?year={Year}");
        Assert.Equal((2, 2, 1, 0), (Int(a, "tasks"), Int(a, "inspected"), Int(a, "rectificationsOpen"), Int(a, "rectificationsOverdue")));
        Assert.Equal([StreetA], a.GetProperty("progressByStreet").EnumerateArray().Select(x => x.GetProperty("code").GetString()));
        Assert.Equal((2, 1, 0), (Int(a, "spotChecksDrawn"), Int(a, "spotChecksFinished"), Int(a, "spotCheckDiscrepancies")));
        Assert.Equal([1, 0, 1, 0], new[] { "A", "C", "RedList", "BlackList" }.Select(c => Tally(a, "creditClasses", c)));

        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var b = await streetB.GetJsonAsync($"/api/v1/inspection/statistics?year={Year}");
        Assert.Equal((3, 1, 1), (Int(b, "tasks"), Int(b, "rectificationsOverdue"), Int(b, "spotCheckDiscrepancies")));
        Assert.Equal([0, 1, 1, 1], new[] { "A", "C", "D", "BlackList" }.Select(c => Tally(b, "creditClasses", c)));

        var inspector = await fixture.Factory.CreateSignedInClientAsync(fixture.Inspector.UserName, fixture.Inspector.Password);
        var i = await inspector.GetJsonAsync($"/api/v1/inspection/statistics?year={Year}");
        Assert.Equal((3, 2, 2, 1), (Int(i, "tasks"), Int(i, "inspected"), Int(i, "myOpenTasks"), Int(i, "spotChecksDrawn")));

        var institution = await fixture.Factory.CreateOperatorClientAsync(admin, fixture.Institution1);
        var own = await institution.GetJsonAsync($"/api/v1/inspection/statistics?year={Year}");
        Assert.Equal((1, 1), (Int(own, "tasks"), Int(own, "spotChecksDrawn")));
        Assert.Equal([1, 0, 0], new[] { "A", "C", "D" }.Select(c => Tally(own, "creditClasses", c)));
    }

    [Fact]
    public async Task Given_an_inspector_When_they_open_the_dashboard_Then_their_open_tasks_and_the_overdue_rectifications_are_to_dos()
    {
        var inspector = await fixture.Factory.CreateSignedInClientAsync(fixture.Inspector.UserName, fixture.Inspector.Password);
        var d = await inspector.GetJsonAsync($"/api/v1/dashboard?year={Year}");
        var todos = d.GetProperty("todos").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!, t => t);
        Assert.Equal(2, todos["MyInspectionTasks"].GetProperty("count").GetInt32());
        Assert.Equal("/inspection/campaigns", todos["MyInspectionTasks"].GetProperty("link").GetString());
        Assert.Equal(0, todos["RectificationsOverdue"].GetProperty("count").GetInt32());
        Assert.Equal(3, d.GetProperty("inspection").GetProperty("tasks").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/inspection/statistics?year=1999")]
    [InlineData("/api/v1/inspection/statistics?year=2019&quarter=1&month=2")]
    [InlineData("/api/v1/inspection/statistics/ledger?year=2019&quarter=5")]
    [InlineData("/api/v1/training/statistics/ledger?year=2019&sort=name")]
    [InlineData("/api/v1/subsidy/statistics/ledger?year=2019&pageSize=500")]
    [InlineData("/api/v1/vouchers/statistics/ledger?year=2019&month=13")]
    public async Task Given_a_bad_period_or_paging_When_asked_Then_400(string url)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        await (await admin.GetAsync(url, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_the_fixture_When_the_inspection_report_is_read_Then_its_sections_match_and_an_empty_year_is_zeros()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var report = await admin.GetJsonAsync($"/api/v1/reports/inspection?year={Year}");
        Assert.Equal("昆都仑区家庭服务业监督检查统计表", report.GetProperty("title").GetString());
        var sections = report.GetProperty("sections").EnumerateArray().ToList();
        decimal Cell(int section, string label, int column = 0) => sections[section].GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("label").GetString() == label).GetProperty("values")[column].GetDecimal();
        Assert.Equal(5m, Cell(0, "年检复核任务（个）"));
        Assert.Equal(80.0m, Cell(0, "检查进度（%）"));
        Assert.Equal(1m, Cell(0, "逾期未整改（个，当前）"));
        Assert.Equal(3m, Cell(1, "沼潭街道"));
        Assert.Equal(1m, Cell(1, "沼潭街道", 5));
        Assert.Equal([5m, 4m, 1m, 1m, 1m, 1m], sections[1].GetProperty("total").GetProperty("values").EnumerateArray().Select(v => v.GetDecimal()));
        Assert.Equal(2m, Cell(2, "限期整改"));
        Assert.Equal(4m, sections[2].GetProperty("total").GetProperty("values")[0].GetDecimal());
        Assert.Equal(3m, sections[4].GetProperty("total").GetProperty("values")[0].GetDecimal());

        var empty = await admin.GetJsonAsync("/api/v1/reports/inspection?year=2005");
        // Credit classes are the current profiles (not bound to the period); every period figure is zero.
        Assert.All(empty.GetProperty("sections").EnumerateArray()
                .Where(x => x.GetProperty("total").ValueKind != JsonValueKind.Null && !x.GetProperty("title").GetString()!.StartsWith("五、", StringComparison.Ordinal)),
            x => Assert.All(x.GetProperty("total").GetProperty("values").EnumerateArray(), v => Assert.Equal(0m, v.GetDecimal())));
    }

    [Fact]
    public async Task Given_a_report_form_When_exported_Then_the_xlsx_has_merged_header_lines_fitted_widths_bold_totals_and_frozen_rows()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var response = await admin.GetAsync($"/api/v1/reports/inspection/xlsx?year={Year}", Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());

        // The widest table (progress by street) has 7 columns: A–G.
        var merges = sheet.Descendants(X + "mergeCell").Select(m => m.Attribute("ref")!.Value).ToList();
        Assert.Contains("A1:G1", merges);
        Assert.Contains("A2:G2", merges);
        Assert.Contains("A3:G3", merges);
        var rows = sheet.Descendants(X + "row").ToList();
        Assert.Contains($"A{rows.Count}:G{rows.Count}", merges);
        string Text(XElement row) => string.Concat(row.Elements(X + "c").Take(1).Descendants(X + "t").Select(t => t.Value));
        Assert.StartsWith("填表人：", Text(rows[^1]));

        // Column A is as wide as its widest label outside the merged rows (CJK counted double) plus 2.
        var widths = sheet.Descendants(X + "col").ToDictionary(c => int.Parse(c.Attribute("min")!.Value), c => double.Parse(c.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(7, widths.Count);
        var longest = rows.Where(r => !merges.Contains($"A{r.Attribute("r")!.Value}:G{r.Attribute("r")!.Value}"))
            .Select(r => XlsxLayout.DisplayWidth(Text(r))).Max();
        Assert.Equal(Math.Clamp(longest + 2, XlsxLayout.MinWidth, XlsxLayout.MaxWidth), widths[1]);
        Assert.Equal(XlsxLayout.DisplayWidth("本年双随机抽查对象（个）"), "本年双随机抽查对象（个）".Length * 2);

        // Totals rows use a bold style; the title, unit and period lines are frozen.
        var total = rows.First(r => Text(r) == "合计");
        var xf = styles.Descendants(X + "cellXfs").Single().Elements(X + "xf").ElementAt(int.Parse(total.Elements(X + "c").First().Attribute("s")!.Value));
        var font = styles.Descendants(X + "fonts").Single().Elements(X + "font").ElementAt(int.Parse(xf.Attribute("fontId")!.Value));
        Assert.NotNull(font.Element(X + "b"));
        var pane = sheet.Descendants(X + "pane").Single();
        Assert.Equal("3", pane.Attribute("ySplit")!.Value);
        Assert.Equal("frozen", pane.Attribute("state")!.Value);
    }

    [Fact]
    public async Task Given_the_fixture_When_the_inspection_ledger_is_read_Then_outcomes_and_checks_are_in_date_order_paged_and_scoped()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var all = await admin.GetJsonAsync($"/api/v1/inspection/statistics/ledger?year={Year}&pageSize=50");
        Assert.Equal(6, Int(all, "total"));
        Assert.Equal(["2019-04-10", "2019-05-10", "2019-05-20", "2019-08-05", "2019-09-01", "2019-10-15"],
            all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("date").GetString()));
        Assert.Equal(["合格", "限期整改", "逾期未整改", "不合格", "属实", "不实"],
            all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));

        var page2 = await admin.GetJsonAsync($"/api/v1/inspection/statistics/ledger?year={Year}&page=2&pageSize=2");
        Assert.Equal([3, 4], page2.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("number").GetInt32()));

        var filtered = await admin.GetJsonAsync($"/api/v1/inspection/statistics/ledger?year={Year}&streetCode={StreetA}");
        Assert.Equal(3, Int(filtered, "total"));

        // A street officer asking for another street still gets their own.
        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var own = await streetB.GetJsonAsync($"/api/v1/inspection/statistics/ledger?year={Year}&streetCode={StreetA}");
        Assert.All(own.GetProperty("items").EnumerateArray(), r => Assert.Equal(StreetB, r.GetProperty("streetCode").GetString()));
        Assert.Equal(3, Int(own, "total"));

        var inspector = await fixture.Factory.CreateSignedInClientAsync(fixture.Inspector.UserName, fixture.Inspector.Password);
        Assert.Equal(3, Int(await inspector.GetJsonAsync($"/api/v1/inspection/statistics/ledger?year={Year}"), "total"));
    }

    [Fact]
    public async Task Given_the_fixture_When_the_training_and_subsidy_ledgers_are_read_Then_rows_match_and_scope_applies()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var training = await admin.GetJsonAsync($"/api/v1/training/statistics/ledger?year={Year}");
        var cls = Assert.Single(training.GetProperty("items").EnumerateArray());
        Assert.Equal(("测试一班", 2, 2, 1, "已结业"), (cls.GetProperty("className").GetString(), Int(cls, "enrolled"), Int(cls, "completed"),
            Int(cls, "certified"), cls.GetProperty("status").GetString()));
        Assert.Equal(0, Int(await admin.GetJsonAsync($"/api/v1/training/statistics/ledger?year={Year}&quarter=1"), "total"));
        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        Assert.Equal(0, Int(await streetB.GetJsonAsync($"/api/v1/training/statistics/ledger?year={Year}"), "total"));

        var subsidy = await admin.GetJsonAsync($"/api/v1/subsidy/statistics/ledger?year={Year}");
        Assert.Equal([50_000.00m, 1_234.50m], subsidy.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("amount").GetDecimal()));
        Assert.Equal(["2019-03-01", "2019-06-20"], subsidy.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("paidOn").GetString()));
        var ownSubsidy = await streetB.GetJsonAsync($"/api/v1/subsidy/statistics/ledger?year={Year}");
        Assert.Equal([1_234.50m], ownSubsidy.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("amount").GetDecimal()));

        var vouchers = await admin.GetJsonAsync($"/api/v1/vouchers/statistics/ledger?year={Year}&pageSize=2");
        Assert.Equal(3, Int(vouchers, "total"));
        Assert.Equal(["已发放", "已结算"], vouchers.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/training/statistics/ledger/xlsx", "昆都仑区培训班台账", "测试一班")]
    [InlineData("/api/v1/subsidy/statistics/ledger/xlsx", "昆都仑区补贴发放台账", "测试机构")]
    [InlineData("/api/v1/inspection/statistics/ledger/xlsx", "昆都仑区监督检查台账", "年检复核")]
    public async Task Given_a_ledger_When_exported_Then_the_xlsx_has_the_title_period_line_and_column_headings(string url, string title, string cell)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var response = await admin.GetAsync($"{url}?year={Year}", Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(title, rows[0]["A"]);
        Assert.Equal($"统计期间：{Year}年　　统计范围：全区（昆都仑区）", rows[1]["A"]);
        Assert.Equal("序号", rows[2]["A"]);
        Assert.Contains(rows.Skip(3).SelectMany(r => r.Values), v => v is string s && s == cell);
    }
}
