using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Shared.Validation;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>
/// Shared test data for the Registry module: valid (checksummed) credit codes and ID numbers that no other
/// test in the run uses, phone numbers, and HTTP helpers that create institutions and users scoped to them.
/// </summary>
public static class RegistryTestData
{
    public const string InstitutionsUrl = "/api/v1/registry/institutions";

    /// <summary>少先路街道 (the street of <see cref="IdentityTestApi.CreateUserAsync"/>'s street officers).</summary>
    public const string StreetA = "150203001";

    /// <summary>沼潭街道.</summary>
    public const string StreetB = "150203002";

    /// <summary>林荫路街道.</summary>
    public const string StreetC = "150203003";

    /// <summary>A valid code from the brief (GB 32100 check holds).</summary>
    public const string KnownValidCreditCode = "91350100M000100Y43";

    private static readonly ConcurrentDictionary<string, byte> IssuedCreditCodes = new();
    private static readonly ConcurrentDictionary<string, byte> IssuedIdNumbers = new();
    private static int _phoneCounter = Random.Shared.Next(0, 1_000_000);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A valid unified social credit code, unique in this test run: "91" + region (default 150203, Kundulun) +
    /// 9 random characters of the GB 32100 set + the MOD 31 check character.
    /// </summary>
    public static string NewCreditCode(string region = "150203")
    {
        var first17 = new char[17];
        while (true)
        {
            first17[0] = '9';
            first17[1] = '1';
            region.CopyTo(0, first17, 2, 6);
            for (var i = 8; i < 17; i++)
            {
                first17[i] = UnifiedSocialCreditCode.Charset[Random.Shared.Next(UnifiedSocialCreditCode.Charset.Length)];
            }

            var code = new string(first17) + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
            if (IssuedCreditCodes.TryAdd(code, 0))
            {
                return code;
            }
        }
    }

    /// <summary>The same code with a wrong 18th character (fails the GB 32100 check).</summary>
    public static string WithWrongCheckCharacter(string code)
    {
        var right = code[17];
        var wrong = UnifiedSocialCreditCode.Charset[(UnifiedSocialCreditCode.Charset.IndexOf(right) + 1) % UnifiedSocialCreditCode.Charset.Length];
        return code[..17] + wrong;
    }

    /// <summary>Full-width form of an ASCII string (e.g. "9" → "９"), which the API normalises back.</summary>
    public static string ToFullWidth(string value) =>
        new(value.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c).ToArray());

    /// <summary>
    /// A valid GB 11643 resident ID number, unique in this test run: region 150203, a birth date in 1960–2000
    /// (or <paramref name="birthDate"/>), a sequence whose parity follows <paramref name="gender"/>, and the check character.
    /// </summary>
    public static string NewIdNumber(DateOnly? birthDate = null, Gender? gender = null, string region = "150203")
    {
        while (true)
        {
            var date = birthDate ?? new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 41 * 365));
            var sequence = Random.Shared.Next(0, 1000);
            if (gender is not null && (sequence % 2 == 1) != (gender == Gender.Male))
            {
                sequence = (sequence + 1) % 1000;
            }

            var first17 = region + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
            var number = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
            if (IssuedIdNumbers.TryAdd(number, 0))
            {
                return number;
            }
        }
    }

    /// <summary>A valid mainland mobile number (139xxxxxxxx), different on each call.</summary>
    public static string NewMobilePhone() =>
        "139" + (Interlocked.Increment(ref _phoneCounter) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>A unique institution name (家政 + a short random suffix).</summary>
    public static string NewInstitutionName(string prefix = "测试家政服务有限公司") => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];

    /// <summary>A valid create-institution body; override fields with <c>with</c>-style anonymous objects if needed.</summary>
    public static Dictionary<string, object?> NewInstitutionBody(
        string? streetCode = null, IEnumerable<string>? formats = null, string? creditCode = null, string? name = null) => new()
    {
        ["name"] = name ?? NewInstitutionName(),
        ["creditCode"] = creditCode ?? NewCreditCode(),
        ["streetCode"] = streetCode ?? StreetA,
        ["address"] = "内蒙古包头市昆都仑区钢铁大街 1 号",
        ["legalRepresentative"] = "张三",
        ["contactPhone"] = "0472-5123456",
        ["businessFormats"] = (formats ?? ["Housekeeping"]).ToArray(),
        ["isAllianceMember"] = false,
        ["allianceJoinedOn"] = null,
    };

    /// <summary>
    /// Creates an institution through <c>POST /api/v1/registry/institutions</c> (the caller must be Admin, a
    /// district officer or a street officer of <paramref name="streetCode"/>) and asserts 201.
    /// </summary>
    public static async Task<CreatedInstitution> CreateInstitutionAsync(
        this HttpClient client, string? streetCode = null, IEnumerable<string>? formats = null,
        string? creditCode = null, string? name = null, bool isAllianceMember = false)
    {
        var body = NewInstitutionBody(streetCode, formats, creditCode, name);
        body["isAllianceMember"] = isAllianceMember;
        if (isAllianceMember)
        {
            body["allianceJoinedOn"] = "2020-06-01";
        }

        var response = await client.PostAsJsonAsync(InstitutionsUrl, body, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new CreatedInstitution(
            json.GetProperty("id").GetGuid(),
            json.GetProperty("creditCode").GetString()!,
            json.GetProperty("streetCode").GetString()!,
            response.Headers.ETag?.Tag,
            json);
    }

    /// <summary>GET the institution as <see cref="JsonElement"/> (asserting the status).</summary>
    public static Task<JsonElement> GetInstitutionAsync(this HttpClient client, Guid id, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{InstitutionsUrl}/{id}", expected);

    /// <summary>POST a workflow action (<c>apply-recognition</c>, <c>recognise</c>, <c>reject</c>, <c>suspend</c>, <c>revoke</c>, <c>restore</c>).</summary>
    public static Task<HttpResponseMessage> InstitutionActionAsync(this HttpClient client, Guid id, string action, string? reason = null) =>
        client.PostAsJsonAsync($"{InstitutionsUrl}/{id}/{action}", new { reason }, Ct);

    /// <summary>Takes an institution through apply-recognition and recognise (the caller must be Admin or a district officer).</summary>
    public static async Task<JsonElement> RecogniseInstitutionAsync(this HttpClient districtOfficer, Guid id)
    {
        await (await districtOfficer.InstitutionActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);
        return await (await districtOfficer.InstitutionActionAsync(id, "recognise")).ReadJsonAsync();
    }

    /// <summary>A street officer of <paramref name="streetCode"/> (created by the admin client) and a client signed in as them.</summary>
    public static async Task<HttpClient> CreateStreetOfficerClientAsync(this JiafuApiFactory factory, HttpClient admin, string streetCode)
    {
        var user = await admin.CreateScopedUserAsync("StreetOfficer", streetCode: streetCode);
        return await factory.CreateSignedInClientAsync(user.UserName, user.Password);
    }

    /// <summary>An institution operator bound to <paramref name="institutionId"/> and a client signed in as them.</summary>
    public static async Task<HttpClient> CreateOperatorClientAsync(this JiafuApiFactory factory, HttpClient admin, Guid institutionId)
    {
        var user = await admin.CreateScopedUserAsync("InstitutionOperator", institutionId: institutionId);
        return await factory.CreateSignedInClientAsync(user.UserName, user.Password);
    }

    /// <summary>A signed-in client of a role without a scope (Admin, DistrictOfficer, Inspector, Auditor).</summary>
    public static async Task<HttpClient> CreateRoleClientAsync(this JiafuApiFactory factory, HttpClient admin, string role)
    {
        var user = await admin.CreateScopedUserAsync(role);
        return await factory.CreateSignedInClientAsync(user.UserName, user.Password);
    }

    /// <summary>Creates a user with one role and an explicit street or institution scope.</summary>
    public static async Task<CreatedUser> CreateScopedUserAsync(
        this HttpClient admin, string role, string? streetCode = null, Guid? institutionId = null)
    {
        var name = IdentityTestApi.UniqueName(role.ToLowerInvariant());
        var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new
        {
            userName = name,
            password = IdentityTestApi.DefaultPassword,
            displayName = "测试 " + name,
            roles = new[] { role },
            streetCode,
            institutionId = institutionId?.ToString(),
        }, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new CreatedUser(json.GetProperty("id").GetGuid(), name, IdentityTestApi.DefaultPassword, json);
    }

    /// <summary>An API client with <paramref name="scopes"/> bound to <paramref name="institutionIds"/>, signed in (client credentials).</summary>
    public static async Task<HttpClient> CreateApiClientForAsync(
        this JiafuApiFactory factory, HttpClient admin, IEnumerable<Guid> institutionIds, params string[] scopes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/identity/clients", new
        {
            name = IdentityTestApi.UniqueName("platform"),
            scopes,
            institutionIds = institutionIds.Select(i => i.ToString()).ToArray(),
        }, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var apiClient = new CreatedApiClient(json.GetProperty("id").GetGuid(), json.GetProperty("clientId").GetString()!,
            json.GetProperty("clientSecret").GetString()!, json);
        return await factory.CreateClientSignedInAsync(apiClient);
    }

    /// <summary>Sends <paramref name="request"/> with an <c>If-Match</c> header.</summary>
    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return client.SendAsync(request, Ct);
    }
}

/// <summary>What <see cref="RegistryTestData.CreateInstitutionAsync"/> returns.</summary>
/// <param name="ETag">The <c>ETag</c> response header as sent (quoted).</param>
public sealed record CreatedInstitution(Guid Id, string CreditCode, string StreetCode, string? ETag, JsonElement Body);
