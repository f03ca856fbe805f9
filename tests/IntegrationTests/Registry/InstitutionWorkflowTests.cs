using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Registry.Data;
using Jiafu.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>The recognition workflow (申请认定 → 认定/驳回; 暂停/撤销/恢复): transitions, refusals, history, audit and events.</summary>
public sealed class InstitutionWorkflowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static async Task<JsonElement> ActAsync(HttpClient client, Guid id, string action, string? reason = null) =>
        await (await client.InstitutionActionAsync(id, action, reason)).ReadJsonAsync();

    private static async Task<JsonElement[]> HistoryAsync(HttpClient client, Guid id) =>
        (await client.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}/{id}/history")).EnumerateArray().ToArray();

    /// <summary>Steps that bring a new institution to each state.</summary>
    private static readonly Dictionary<string, (string Action, string? Reason)[]> PathTo = new()
    {
        ["Registered"] = [],
        ["PendingRecognition"] = [("apply-recognition", null)],
        ["Recognised"] = [("apply-recognition", null), ("recognise", null)],
        ["Rejected"] = [("apply-recognition", null), ("reject", "材料不全")],
        ["Suspended"] = [("apply-recognition", null), ("recognise", null), ("suspend", "整改")],
        ["Revoked"] = [("apply-recognition", null), ("recognise", null), ("revoke", "违规")],
    };

    private async Task<Guid> InstitutionInStateAsync(HttpClient admin, string state)
    {
        var created = await admin.CreateInstitutionAsync();
        foreach (var (action, reason) in PathTo[state])
        {
            await ActAsync(admin, created.Id, action, reason);
        }

        return created.Id;
    }

    [Fact]
    public async Task Given_a_registered_institution_When_it_goes_through_every_transition_Then_each_state_and_reason_is_returned_and_recorded()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = (await admin.CreateInstitutionAsync()).Id;

        var pending = await ActAsync(admin, id, "apply-recognition");
        Assert.Equal("PendingRecognition", pending.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("recognisedAt").ValueKind);

        var recognised = await ActAsync(admin, id, "recognise", "材料齐全");
        Assert.Equal("Recognised", recognised.GetProperty("status").GetString());
        var recognisedAt = recognised.GetProperty("recognisedAt").GetDateTimeOffset();

        var suspended = await ActAsync(admin, id, "suspend", "投诉待核查");
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());
        Assert.Equal("投诉待核查", suspended.GetProperty("statusReason").GetString());

        var restored = await ActAsync(admin, id, "restore", "核查无误");
        Assert.Equal("Recognised", restored.GetProperty("status").GetString());
        Assert.Equal(recognisedAt, restored.GetProperty("recognisedAt").GetDateTimeOffset());

        var revoked = await ActAsync(admin, id, "revoke", "严重违规");
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        Assert.Equal("严重违规", revoked.GetProperty("statusReason").GetString());

        var again = await ActAsync(admin, id, "restore", "复议通过");
        Assert.Equal("Recognised", again.GetProperty("status").GetString());
        Assert.Equal("Recognised", (await admin.GetInstitutionAsync(id)).GetProperty("status").GetString());

        var history = await HistoryAsync(admin, id);
        Assert.Equal(["Restore", "Revoke", "Restore", "Suspend", "Recognise", "ApplyForRecognition"],
            history.Select(h => h.GetProperty("action").GetString()).ToArray());
        Assert.Equal(["Revoked", "Recognised", "Suspended", "Recognised", "PendingRecognition", "Registered"],
            history.Select(h => h.GetProperty("fromStatus").GetString()).ToArray());
        Assert.Equal(["Recognised", "Revoked", "Recognised", "Suspended", "Recognised", "PendingRecognition"],
            history.Select(h => h.GetProperty("toStatus").GetString()).ToArray());
        Assert.Equal("复议通过", history[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, history[^1].GetProperty("reason").ValueKind);
        Assert.All(history, h => Assert.Equal(JiafuApiFactory.AdminUserName, h.GetProperty("changedBy").GetString()));
        var times = history.Select(h => h.GetProperty("changedAt").GetDateTimeOffset()).ToArray();
        Assert.Equal(times.OrderDescending().ToArray(), times);
    }

    [Fact]
    public async Task Given_a_pending_application_When_rejected_Then_it_may_apply_again()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = await InstitutionInStateAsync(admin, "PendingRecognition");

        var rejected = await ActAsync(admin, id, "reject", "缺少营业执照");
        var reapplied = await ActAsync(admin, id, "apply-recognition");

        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("缺少营业执照", rejected.GetProperty("statusReason").GetString());
        Assert.Equal("PendingRecognition", reapplied.GetProperty("status").GetString());
        Assert.Equal(["ApplyForRecognition", "Reject", "ApplyForRecognition"],
            (await HistoryAsync(admin, id)).Select(h => h.GetProperty("action").GetString()).ToArray());
    }

    public static TheoryData<string, string> InvalidTransitions => new()
    {
        { "Registered", "recognise" },
        { "Registered", "reject" },
        { "Registered", "suspend" },
        { "Registered", "revoke" },
        { "Registered", "restore" },
        { "PendingRecognition", "apply-recognition" },
        { "PendingRecognition", "suspend" },
        { "PendingRecognition", "restore" },
        { "Recognised", "apply-recognition" },
        { "Recognised", "recognise" },
        { "Recognised", "reject" },
        { "Recognised", "restore" },
        { "Rejected", "recognise" },
        { "Rejected", "suspend" },
        { "Suspended", "suspend" },
        { "Suspended", "recognise" },
        { "Revoked", "suspend" },
        { "Revoked", "revoke" },
        { "Revoked", "apply-recognition" },
    };

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public async Task Given_an_institution_in_a_state_When_an_action_that_does_not_apply_is_sent_Then_409_invalid_transition_and_nothing_changes(
        string state, string action)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = await InstitutionInStateAsync(admin, state);
        var before = await admin.GetInstitutionAsync(id);

        var response = await admin.InstitutionActionAsync(id, action, "原因");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid_transition", problem.Code());
        var after = await admin.GetInstitutionAsync(id);
        Assert.Equal(state, after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("version").GetString(), after.GetProperty("version").GetString());
        Assert.Equal(PathTo[state].Length, (await HistoryAsync(admin, id)).Length);
    }

    [Theory]
    [InlineData("PendingRecognition", "reject")]
    [InlineData("Recognised", "suspend")]
    [InlineData("Recognised", "revoke")]
    [InlineData("Suspended", "restore")]
    public async Task Given_an_action_that_needs_a_reason_When_sent_without_one_Then_400_names_reason(string state, string action)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = await InstitutionInStateAsync(admin, state);

        foreach (var response in new[]
        {
            await admin.InstitutionActionAsync(id, action),
            await admin.InstitutionActionAsync(id, action, "   "),
            await admin.PostAsync($"{RegistryTestData.InstitutionsUrl}/{id}/{action}", null, Ct),
        })
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.HasError("reason"), problem.ToString());
        }

        Assert.Equal(state, (await admin.GetInstitutionAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_reason_over_500_characters_When_suspending_Then_400_names_reason()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = await InstitutionInStateAsync(admin, "Recognised");

        var response = await admin.InstitutionActionAsync(id, "suspend", new string('因', 501));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("reason"), problem.ToString());
    }

    [Fact]
    public async Task Given_apply_recognition_without_a_body_Then_it_is_accepted()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = (await admin.CreateInstitutionAsync()).Id;

        var response = await admin.PostAsync($"{RegistryTestData.InstitutionsUrl}/{id}/apply-recognition", null, Ct);

        Assert.Equal("PendingRecognition", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_recognition_When_committed_Then_an_audit_entry_and_an_InstitutionRecognised_event_are_delivered_through_the_outbox()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();

        await admin.RecogniseInstitutionAsync(created.Id);

        var entry = await admin.FindAuditEntryAsync($"action=RecogniseInstitution&targetId={created.Id}", _ => true);
        Assert.NotNull(entry);
        Assert.Equal("registry", entry.Value.GetProperty("module").GetString());
        Assert.Equal("Institution", entry.Value.GetProperty("targetType").GetString());
        Assert.Equal("Succeeded", entry.Value.GetProperty("outcome").GetString());
        Assert.Equal(JiafuApiFactory.AdminUserName, entry.Value.GetProperty("actor").GetString());
        Assert.Contains("Recognised", entry.Value.GetProperty("changes").GetString());
        var applied = await admin.FindAuditEntryAsync($"action=ApplyForInstitutionRecognition&targetId={created.Id}", _ => true);
        Assert.NotNull(applied);

        var delivered = await HttpAssertions.EventuallyAsync(
            () => OutboxMessagesAsync(created.Id),
            messages => messages.Any(m => m.Type.Contains("InstitutionRecognised") && m.ProcessedAt is not null));
        Assert.Single(delivered, m => m.Type.Contains("InstitutionRecognised") && m.ProcessedAt is not null);
        Assert.Single(delivered, m => m.Type.Contains("InstitutionStatusChanged"));
    }

    [Fact]
    public async Task Given_a_suspension_When_committed_Then_an_InstitutionStatusChanged_event_carries_the_states_and_reason()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = await InstitutionInStateAsync(admin, "Recognised");

        await ActAsync(admin, id, "suspend", "消防整改");

        var messages = await OutboxMessagesAsync(id);
        var suspended = Assert.Single(messages, m => m.Type.Contains("InstitutionStatusChanged") && m.Payload.Contains("Suspended"));
        using var payload = JsonDocument.Parse(suspended.Payload);
        Assert.Equal("Recognised", payload.RootElement.GetProperty("fromStatus").GetString());
        Assert.Equal("Suspended", payload.RootElement.GetProperty("toStatus").GetString());
        Assert.Equal("消防整改", payload.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Given_a_street_officer_When_applying_for_their_institution_Then_200_but_recognising_is_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var id = (await officer.CreateInstitutionAsync(RegistryTestData.StreetA)).Id;

        var applied = await ActAsync(officer, id, "apply-recognition");
        var recognise = await officer.InstitutionActionAsync(id, "recognise");
        var reject = await officer.InstitutionActionAsync(id, "reject", "不行");

        Assert.Equal("PendingRecognition", applied.GetProperty("status").GetString());
        await recognise.ReadProblemAsync(HttpStatusCode.Forbidden);
        await reject.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("PendingRecognition", (await admin.GetInstitutionAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_street_officer_of_another_street_When_applying_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officerB = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        var id = (await admin.CreateInstitutionAsync(RegistryTestData.StreetA)).Id;

        var response = await officerB.InstitutionActionAsync(id, "apply-recognition");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_institution_operator_When_applying_for_their_own_Then_200_but_not_for_another_and_never_recognise()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var own = (await admin.CreateInstitutionAsync()).Id;
        var other = (await admin.CreateInstitutionAsync()).Id;
        var @operator = await Factory.CreateOperatorClientAsync(admin, own);

        var applied = await ActAsync(@operator, own, "apply-recognition");
        var foreign = await @operator.InstitutionActionAsync(other, "apply-recognition");
        var recognise = await @operator.InstitutionActionAsync(own, "recognise");

        Assert.Equal("PendingRecognition", applied.GetProperty("status").GetString());
        Assert.StartsWith("institutionoperator-", (await HistoryAsync(admin, own))[0].GetProperty("changedBy").GetString());
        await foreign.ReadProblemAsync(HttpStatusCode.NotFound);
        await recognise.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_district_officer_When_recognising_Then_200()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var district = await Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var id = await InstitutionInStateAsync(admin, "PendingRecognition");

        var recognised = await ActAsync(district, id, "recognise");

        Assert.Equal("Recognised", recognised.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_If_Match_header_When_acting_Then_a_stale_version_is_412_and_the_current_one_succeeds()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();
        await ActAsync(admin, created.Id, "apply-recognition");

        var stale = new HttpRequestMessage(HttpMethod.Post, $"{RegistryTestData.InstitutionsUrl}/{created.Id}/recognise") { Content = JsonContent.Create(new { }) };
        var staleResponse = await admin.SendWithIfMatchAsync(stale, created.ETag);
        await staleResponse.ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = await admin.GetAsync($"{RegistryTestData.InstitutionsUrl}/{created.Id}", Ct);
        var fresh = new HttpRequestMessage(HttpMethod.Post, $"{RegistryTestData.InstitutionsUrl}/{created.Id}/recognise") { Content = JsonContent.Create(new { }) };
        var freshResponse = await admin.SendWithIfMatchAsync(fresh, current.Headers.ETag!.Tag);
        var body = await freshResponse.ReadJsonAsync();
        Assert.Equal("Recognised", body.GetProperty("status").GetString());
        Assert.Equal($"\"{body.GetProperty("version").GetString()}\"", freshResponse.Headers.ETag?.Tag);
        Assert.NotEqual(current.Headers.ETag.Tag, freshResponse.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Given_an_unknown_institution_When_acting_or_reading_history_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = Guid.NewGuid();

        await (await admin.InstitutionActionAsync(id, "apply-recognition")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{RegistryTestData.InstitutionsUrl}/{id}/history", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<List<OutboxMessage>> OutboxMessagesAsync(Guid institutionId)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var id = institutionId.ToString();
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.Contains("Institution") && m.Payload.Contains(id))
            .ToListAsync(Ct);
    }
}
