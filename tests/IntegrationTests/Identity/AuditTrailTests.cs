using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Jiafu.IntegrationTests.Identity;

public sealed class AuditTrailTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Audit = "/api/v1/identity/audit";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_created_user_When_reading_the_audit_trail_Then_the_entry_names_the_actor_target_and_redacted_changes()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("StreetOfficer");

        var entry = await admin.FindAuditEntryAsync("action=CreateUser",
            e => e.GetProperty("targetId").GetString() == user.Id.ToString());

        Assert.NotNull(entry);
        var e = entry.Value;
        Assert.Equal("admin", e.GetProperty("actor").GetString());
        Assert.Equal("User", e.GetProperty("actorType").GetString());
        Assert.Equal("Succeeded", e.GetProperty("outcome").GetString());
        Assert.Equal("User", e.GetProperty("targetType").GetString());
        Assert.False(string.IsNullOrEmpty(e.GetProperty("traceId").GetString()));
        Assert.Equal(64, e.GetProperty("hash").GetString()!.Length);

        var changes = e.GetProperty("changes").GetString()!;
        Assert.Contains(user.UserName, changes);
        Assert.DoesNotContain(user.Password, changes);
        Assert.DoesNotContain("AQAAAA", changes); // the prefix of every ASP.NET Core Identity v3 password hash
        using var document = JsonDocument.Parse(changes);
        var created = document.RootElement.EnumerateArray()
            .Single(c => c.GetProperty("entity").GetString() == "User" && c.GetProperty("state").GetString() == "Added");
        var after = created.GetProperty("after");
        Assert.Equal("***", Property(after, "PasswordHash").GetString());
        Assert.Equal("***", Property(after, "SecurityStamp").GetString());
        Assert.Equal(user.UserName, Property(after, "UserName").GetString());
    }

    [Fact]
    public async Task Given_a_registered_client_and_a_password_reset_When_reading_the_audit_trail_Then_no_secret_or_hash_is_recorded()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var client = await admin.CreateApiClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        const string newPassword = "Reset-pass-2099";
        await (await admin.PostAsJsonAsync($"/api/v1/identity/users/{user.Id}/reset-password", new { newPassword }, Ct))
            .EnsureStatusAsync(HttpStatusCode.NoContent);

        var created = await admin.FindAuditEntryAsync("action=CreateClient", e => e.GetProperty("targetId").GetString() == client.Id.ToString());
        var reset = await admin.FindAuditEntryAsync("action=ResetPassword", e => e.GetProperty("targetId").GetString() == user.Id.ToString());

        Assert.NotNull(created);
        var clientChanges = created.Value.GetProperty("changes").GetString()!;
        Assert.Contains(client.ClientId, clientChanges);
        Assert.DoesNotContain(client.ClientSecret, clientChanges);
        Assert.DoesNotContain("AQAAAA", clientChanges);
        Assert.NotNull(reset);
        Assert.Equal("Succeeded", reset.Value.GetProperty("outcome").GetString());
        var resetChanges = reset.Value.GetProperty("changes").GetString()!;
        Assert.Contains("PasswordHash", resetChanges);
        Assert.DoesNotContain(newPassword, resetChanges);
        Assert.DoesNotContain("AQAAAA", resetChanges);
    }

    private static JsonElement Property(JsonElement obj, string name) =>
        obj.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    [Fact]
    public async Task Given_a_command_rejected_by_validation_When_reading_the_audit_trail_Then_it_is_recorded_as_Rejected()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var role = "Wizard" + Guid.NewGuid().ToString("N")[..8];
        var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new
        {
            userName = IdentityTestApi.UniqueName("rejected"), password = IdentityTestApi.DefaultPassword, displayName = "x", roles = new[] { role },
        }, Ct);
        await response.EnsureStatusAsync(HttpStatusCode.BadRequest);

        var entry = await admin.FindAuditEntryAsync("action=CreateUser&outcome=Rejected",
            e => e.GetProperty("reason").GetString()?.Contains(role, StringComparison.Ordinal) == true);

        Assert.NotNull(entry);
        Assert.Equal("admin", entry.Value.GetProperty("actor").GetString());
        Assert.StartsWith("validation", entry.Value.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, entry.Value.GetProperty("changes").ValueKind);
    }

    [Fact]
    public async Task Given_a_command_rejected_by_the_handler_When_reading_the_audit_trail_Then_it_is_recorded_as_Rejected_with_its_code()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateUserAsync("Inspector");
        await (await admin.PostAsJsonAsync("/api/v1/identity/users", new
        {
            userName = existing.UserName, password = IdentityTestApi.DefaultPassword, displayName = "dup", roles = new[] { "Inspector" },
        }, Ct)).EnsureStatusAsync(HttpStatusCode.Conflict);

        var entry = await admin.FindAuditEntryAsync("action=CreateUser&outcome=Rejected",
            e => e.GetProperty("reason").GetString()?.StartsWith("duplicate_user_name", StringComparison.Ordinal) == true);

        Assert.NotNull(entry);
    }

    [Fact]
    public async Task Given_failed_sign_ins_When_reading_the_audit_trail_Then_each_is_recorded_as_a_Rejected_Login()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        var unknown = IdentityTestApi.UniqueName("ghost");
        await (await Factory.CreateClient().LoginAsync(user.UserName, "Wrong-pass-2026")).EnsureStatusAsync(HttpStatusCode.Unauthorized);
        await (await Factory.CreateClient().LoginAsync(unknown, "Wrong-pass-2026")).EnsureStatusAsync(HttpStatusCode.Unauthorized);

        var wrongPassword = await admin.FindAuditEntryAsync($"action=Login&outcome=Rejected&actor={user.UserName}", _ => true);
        var unknownUser = await admin.FindAuditEntryAsync($"action=Login&outcome=Rejected&actor={unknown}", _ => true);

        Assert.NotNull(wrongPassword);
        Assert.Equal("User", wrongPassword.Value.GetProperty("targetType").GetString());
        Assert.Equal(user.Id.ToString(), wrongPassword.Value.GetProperty("targetId").GetString());
        Assert.Equal("wrong password", wrongPassword.Value.GetProperty("reason").GetString());
        Assert.NotNull(unknownUser);
        Assert.Equal("unknown user", unknownUser.Value.GetProperty("reason").GetString());

        var succeeded = await admin.FindAuditEntryAsync("action=Login&outcome=Succeeded&actor=admin", _ => true);
        Assert.NotNull(succeeded);
    }

    [Fact]
    public async Task Given_entries_of_one_module_When_filtering_by_module_Then_commands_and_sign_ins_are_both_found()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        var created = await admin.FindAuditEntryAsync("action=CreateUser", e => e.GetProperty("targetId").GetString() == user.Id.ToString());
        var login = await admin.FindAuditEntryAsync("action=Login&actor=admin", _ => true);
        Assert.NotNull(created);
        Assert.NotNull(login);

        // Both are Identity-module entries; the module filter is exact, so they must carry the same module name.
        Assert.Equal(login.Value.GetProperty("module").GetString(), created.Value.GetProperty("module").GetString());
        var module = login.Value.GetProperty("module").GetString();
        var filtered = await admin.FindAuditEntryAsync($"module={module}&action=CreateUser",
            e => e.GetProperty("targetId").GetString() == user.Id.ToString());
        Assert.NotNull(filtered);
    }

    [Fact]
    public async Task Given_an_untouched_trail_When_verifying_Then_it_is_valid_and_every_entry_was_checked()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        await admin.CreateUserAsync("Inspector");

        // Entries of committed commands arrive through the outbox: compare once the trail stops moving.
        var (verify, newest, total) = await HttpAssertions.EventuallyAsync(async () =>
        {
            var before = await admin.GetJsonAsync($"{Audit}?pageSize=1");
            var result = await admin.GetJsonAsync($"{Audit}/verify");
            var after = await admin.GetJsonAsync($"{Audit}?pageSize=1");
            return (result, after.GetProperty("items")[0], before.GetProperty("total").GetInt32() == after.GetProperty("total").GetInt32()
                ? after.GetProperty("total").GetInt32() : -1);
        }, r => r.Item3 > 0 && r.result.GetProperty("checkedEntries").GetInt64() == r.Item3);

        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.ToString());
        Assert.Equal(total, verify.GetProperty("checkedEntries").GetInt64());
        Assert.Equal(JsonValueKind.Null, verify.GetProperty("firstBrokenSequence").ValueKind);
        Assert.Equal(newest.GetProperty("hash").GetString(), verify.GetProperty("headHash").GetString());
        Assert.Equal(total, newest.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Given_entries_When_listing_Then_they_are_newest_first_and_chained()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        await admin.CreateUserAsync("Inspector");

        // The sign-in is recorded directly, the command through the outbox: wait until both are there.
        var items = await HttpAssertions.EventuallyAsync(
            async () => (await admin.GetJsonAsync($"{Audit}?pageSize=200")).GetProperty("items").EnumerateArray().ToList(),
            list => list.Count >= 2);

        Assert.True(items.Count >= 2);
        for (var i = 1; i < items.Count; i++)
        {
            Assert.Equal(items[i - 1].GetProperty("sequence").GetInt64() - 1, items[i].GetProperty("sequence").GetInt64());
            Assert.Equal(items[i].GetProperty("hash").GetString(), items[i - 1].GetProperty("previousHash").GetString());
        }

        var ascending = (await admin.GetJsonAsync($"{Audit}?sort=sequence&pageSize=1")).GetProperty("items")[0];
        Assert.Equal(1, ascending.GetProperty("sequence").GetInt64());
        Assert.Equal(new string('0', 64), ascending.GetProperty("previousHash").GetString());
    }

    [Fact]
    public async Task Given_mixed_outcomes_When_filtering_by_outcome_and_actor_Then_only_matching_entries_are_returned()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        await (await Factory.CreateClient().LoginAsync(user.UserName, "Wrong-pass-2026")).EnsureStatusAsync(HttpStatusCode.Unauthorized);
        await JiafuApiFactory.LoginAsync(Factory.CreateClient(), user.UserName, user.Password);

        var rejected = await admin.GetJsonAsync($"{Audit}?outcome=Rejected&pageSize=200");
        var byActor = await admin.GetJsonAsync($"{Audit}?actor={user.UserName}&pageSize=200");
        var byActorRejected = await admin.GetJsonAsync($"{Audit}?actor={user.UserName}&outcome=Rejected");

        Assert.True(rejected.GetProperty("total").GetInt32() >= 1);
        Assert.All(rejected.GetProperty("items").EnumerateArray(), e => Assert.Equal("Rejected", e.GetProperty("outcome").GetString()));
        Assert.Equal(2, byActor.GetProperty("total").GetInt32());
        Assert.All(byActor.GetProperty("items").EnumerateArray(), e => Assert.Equal(user.UserName, e.GetProperty("actor").GetString()));
        Assert.Equal(1, byActorRejected.GetProperty("total").GetInt32());
        var targeted = await admin.GetJsonAsync($"{Audit}?targetType=User&targetId={user.Id}&pageSize=200");
        Assert.True(targeted.GetProperty("total").GetInt32() >= 2);
        Assert.All(targeted.GetProperty("items").EnumerateArray(), e => Assert.Equal(user.Id.ToString(), e.GetProperty("targetId").GetString()));
    }

    [Fact]
    public async Task Given_entries_When_filtering_by_time_Then_from_and_to_bound_the_occurrence_time()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        var user = await admin.CreateUserAsync("Inspector");
        await (await Factory.CreateClient().LoginAsync(user.UserName, "Wrong-pass-2026")).EnsureStatusAsync(HttpStatusCode.Unauthorized);
        var end = DateTimeOffset.UtcNow.AddSeconds(1);

        var within = await admin.GetJsonAsync($"{Audit}?actor={user.UserName}&from={Iso(start)}&to={Iso(end)}");
        var future = await admin.GetJsonAsync($"{Audit}?from={Iso(end.AddHours(1))}");
        var past = await admin.GetJsonAsync($"{Audit}?actor={user.UserName}&to={Iso(start)}");
        // The same instants written in Beijing time (UTC+8) select the same entries.
        var withinBeijing = await admin.GetJsonAsync(
            $"{Audit}?actor={user.UserName}&from={Iso(start.ToOffset(TimeSpan.FromHours(8)))}&to={Iso(end.ToOffset(TimeSpan.FromHours(8)))}");

        Assert.Equal(1, within.GetProperty("total").GetInt32());
        var occurredAt = within.GetProperty("items")[0].GetProperty("occurredAt").GetDateTimeOffset();
        Assert.InRange(occurredAt, start, end);
        Assert.Equal(0, future.GetProperty("total").GetInt32());
        Assert.Equal(0, past.GetProperty("total").GetInt32());
        Assert.Equal(1, withinBeijing.GetProperty("total").GetInt32());
    }

    private static string Iso(DateTimeOffset value) => Uri.EscapeDataString(value.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz"));

    [Fact]
    public async Task Given_to_before_from_When_listing_Then_400_names_to()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var now = DateTimeOffset.UtcNow;

        var problem = await (await admin.GetAsync($"{Audit}?from={Iso(now)}&to={Iso(now.AddDays(-1))}", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("to"), problem.ToString());
    }

    [Fact]
    public async Task Given_an_unknown_outcome_When_listing_Then_400_not_500()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        await (await admin.GetAsync($"{Audit}?outcome=Maybe", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}

/// <summary>Edits the database file behind the host's back: each test needs a trail of its own.</summary>
public sealed class AuditTamperingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_an_entry_edited_in_the_database_When_verifying_Then_the_chain_is_broken_at_that_entry_until_restored()
    {
        await using var factory = new JiafuApiFactory();
        var admin = await factory.CreateSignedInClientAsync();
        await admin.CreateUserAsync("Inspector");
        await JiafuApiFactory.LoginAsync(factory.CreateClient(), JiafuApiFactory.AdminUserName, JiafuApiFactory.AdminPassword);
        var intact = await HttpAssertions.EventuallyAsync(() => admin.GetJsonAsync("/api/v1/identity/audit/verify"),
            v => v.GetProperty("checkedEntries").GetInt64() >= 3);
        Assert.True(intact.GetProperty("valid").GetBoolean(), intact.ToString());

        var original = await ExecuteAsync(factory, "SELECT ActorName FROM AuditEntries WHERE Sequence = 2");
        var updated = await ExecuteAsync(factory, "UPDATE AuditEntries SET ActorName = 'mallory' WHERE Sequence = 2");
        Assert.Equal(1L, updated);

        var tampered = await admin.GetJsonAsync("/api/v1/identity/audit/verify");
        Assert.False(tampered.GetProperty("valid").GetBoolean());
        Assert.Equal(2, tampered.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(1, tampered.GetProperty("checkedEntries").GetInt64());
        Assert.False(string.IsNullOrEmpty(tampered.GetProperty("problem").GetString()));

        await ExecuteAsync(factory, $"UPDATE AuditEntries SET ActorName = '{original}' WHERE Sequence = 2");
        Assert.True((await admin.GetJsonAsync("/api/v1/identity/audit/verify")).GetProperty("valid").GetBoolean());

        await ExecuteAsync(factory, "DELETE FROM AuditEntries WHERE Sequence = 2");
        var gap = await admin.GetJsonAsync("/api/v1/identity/audit/verify");
        Assert.False(gap.GetProperty("valid").GetBoolean());
        Assert.Equal(3, gap.GetProperty("firstBrokenSequence").GetInt64());
    }

    /// <summary>Runs SQL against the host's Identity database; returns the scalar result or the affected row count.</summary>
    private static async Task<object?> ExecuteAsync(JiafuApiFactory factory, string sql)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "identity.db")}");
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return sql.StartsWith("SELECT", StringComparison.Ordinal)
                ? await command.ExecuteScalarAsync(Ct)
                : (long)await command.ExecuteNonQueryAsync(Ct);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
