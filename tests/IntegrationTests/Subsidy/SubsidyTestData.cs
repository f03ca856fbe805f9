using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>HTTP helpers for the Subsidy module.</summary>
public static class SubsidyTestData
{
    public const string ApplicationsUrl = "/api/v1/subsidy/applications";
    public const string PoliciesUrl = "/api/v1/subsidy/policies";
    public const string FundsUrl = "/api/v1/subsidy/funds";
    public const string Refund = "UnemploymentInsuranceRefund";

    private static int _year = 2310;

    private static int _pastYear = 2000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fund year of its own for each test (the fund is per year and item), far from real data.</summary>
    public static int NewYear() => Interlocked.Increment(ref _year) % 90 + 2010;

    /// <summary>
    /// A past year of its own (2001–2009, never one <see cref="NewYear"/> gives), for tests whose data may not lie in the
    /// future — service records (服务记录) are refused with a future service date.
    /// </summary>
    public static int NewPastYear()
    {
        var year = Interlocked.Increment(ref _pastYear);
        return year <= 2009 ? year : throw new InvalidOperationException("More past years asked for than reserved (2001–2009).");
    }

    /// <summary>A recognised (active) institution in <paramref name="streetCode"/>.</summary>
    public static async Task<Guid> CreateActiveInstitutionAsync(this HttpClient admin, string? streetCode = null)
    {
        var institution = await admin.CreateInstitutionAsync(streetCode);
        await admin.RecogniseInstitutionAsync(institution.Id);
        return institution.Id;
    }

    public static object RefundBody(Guid institutionId, int year, int insured = 100, int laidOff = 2, decimal premium = 300m) => new
    {
        itemCode = Refund, year, institutionId, inputs = new { insuredStaff = insured, laidOffStaff = laidOff, lastYearPremium = premium },
    };

    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient client, object body) => client.PostAsJsonAsync(ApplicationsUrl, body, Ct);

    public static async Task<Guid> ApplyOkAsync(this HttpClient client, object body) =>
        (await (await client.ApplyAsync(body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        client.PostAsJsonAsync($"{ApplicationsUrl}/{id}/{action}", body ?? new { }, Ct);

    public static async Task<JsonElement> ActOkAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        await (await client.ActAsync(id, action, body)).ReadJsonAsync();

    public static Task<HttpResponseMessage> AllocateAsync(this HttpClient client, int year, decimal amount, string item = Refund) =>
        client.PutAsJsonAsync($"{FundsUrl}/{year}/allocations/{item}", new { amount, note = "测试下达" }, Ct);

    public static async Task<JsonElement> FundItemAsync(this HttpClient client, int year, string item = Refund)
    {
        var fund = await client.GetJsonAsync($"{FundsUrl}/{year}");
        Assert.True(fund.GetProperty("balanced").GetBoolean(), "the ledger must balance");
        return fund.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemCode").GetString() == item);
    }

    public static decimal Dec(this JsonElement e, string property) => e.GetProperty(property).GetDecimal();

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
}
