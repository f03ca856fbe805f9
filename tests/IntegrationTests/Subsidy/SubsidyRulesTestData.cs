using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Imports;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>Helpers for the loan, staff and service-fee items.</summary>
public static class SubsidyRulesTestData
{
    public const string Loan = "LoanInterestDiscount";
    public const string SocialInsurance = "SocialInsuranceSubsidy";
    public const string Accident = "AccidentInsuranceSubsidy";
    public const string HealthCheck = "HealthCheckSubsidy";
    public const string ServiceFee = "ServiceFeeReduction";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An active institution with an approved employee-based filing (员工制备案).</summary>
    public static async Task<CreatedInstitution> CreateFiledInstitutionAsync(this HttpClient admin, string? streetCode = null)
    {
        var institution = await admin.CreateInstitutionAsync(streetCode);
        await admin.RecogniseInstitutionAsync(institution.Id);
        var filing = await admin.SubmitFilingAsync(institution.Id);
        await (await admin.ApproveFilingAsync(filing)).EnsureStatusAsync(HttpStatusCode.OK);
        return institution;
    }

    /// <summary>Registers a new employee-based worker (从业人员) of the institution; <c>IdNumber</c> is the resident ID number.</summary>
    public static Task<CreatedWorker> NewStaffAsync(this HttpClient admin, Guid institutionId) => admin.CreateWorkerAsync(institutionId);

    /// <summary>Moves a worker to another institution as an employee (员工制), from today.</summary>
    public static async Task MoveStaffAsync(this HttpClient admin, CreatedWorker worker, Guid institutionId)
    {
        var response = await admin.MoveWorkerAsync(worker.Id, institutionId, employmentType: "EmployeeBased");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    public static object LoanBody(Guid institutionId, int year, string contract, params (int Month, decimal Interest)[] statements) => new
    {
        itemCode = Loan, year, institutionId,
        inputs = new
        {
            lender = "包头农商银行", loanContractNumber = contract, loanPrincipal = 300_000m,
            loanStartDate = $"{year}-01-01", loanEndDate = $"{year + 2}-12-31",
            interestStatements = statements.Select(s => new { month = $"{year}-{s.Month:00}", interestPaid = s.Interest }).ToArray(),
        },
    };

    public static object StaffBody(string item, Guid institutionId, int year, params object[] staff) => new
    {
        itemCode = item, year, institutionId, inputs = new { staff },
    };

    public static object Person(string idNumber, int year, int from, int to, string category = "HardToEmploy") => new
    {
        idNumber, name = "王秀英", category, fromMonth = $"{year}-{from:00}", toMonth = $"{year}-{to:00}",
    };

    public static Task<HttpResponseMessage> PreviewAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync($"{SubsidyTestData.ApplicationsUrl}/preview", body, Ct);

    public static async Task SetParametersAsync(this HttpClient district, string item, int year, params (string Name, decimal Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value);
        await (await district.PutAsJsonAsync($"{SubsidyTestData.PoliciesUrl}/{item}/years/{year}",
            new { effectiveFrom = $"{year}-01-01", values, note = "测试" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>Imports service records (CSV) through the shared pipeline and waits for the job.</summary>
    public static async Task<JsonElement> ImportServiceRecordsAsync(this HttpClient client, string mode, params string[] rows)
    {
        var csv = "institutionCreditCode,serviceDate,householdHeadIdNumber,serviceType\n" + string.Join('\n', rows);
        using var content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var accepted = await (await client.PostAsync($"/api/v1/subsidy/imports/service-records?mode={mode}", content, Ct)).ReadJsonAsync(HttpStatusCode.Accepted);
        return await client.WaitForJobAsync(accepted);
    }

    /// <summary>Service rows for one household: <paramref name="count"/> services on consecutive days from 1 March.</summary>
    public static IEnumerable<string> ServiceRows(string creditCode, int year, string householdId, int count, string type = "保洁") =>
        Enumerable.Range(0, count).Select(i => $"{creditCode},{new DateOnly(year, 3, 1).AddDays(i):yyyy-MM-dd},{householdId},{type}");
}
