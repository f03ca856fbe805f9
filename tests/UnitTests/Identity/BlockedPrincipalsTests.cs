using Jiafu.Identity.Tokens;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Jiafu.UnitTests.Identity;

public sealed class BlockedPrincipalsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_blocked_subject_is_refused_and_an_unblocked_one_is_not()
    {
        var blocked = new BlockedPrincipals(_time);
        var user = Guid.NewGuid();

        blocked.Block(user);
        Assert.True(blocked.IsBlocked(user.ToString()));
        Assert.True(blocked.IsBlocked(user.ToString().ToUpperInvariant()));
        Assert.False(blocked.IsBlocked(Guid.NewGuid().ToString()));
        Assert.False(blocked.IsBlocked(null));

        blocked.Unblock(user);
        Assert.False(blocked.IsBlocked(user.ToString()));
    }

    [Fact]
    public void A_reload_read_before_a_change_of_this_host_does_not_undo_it()
    {
        var blocked = new BlockedPrincipals(_time);
        var disabledHere = Guid.NewGuid();
        var enabledHere = Guid.NewGuid();
        blocked.Replace([enabledHere.ToString()], _time.GetUtcNow());
        var readStartedAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMilliseconds(50));

        blocked.Block(disabledHere);
        blocked.Unblock(enabledHere);
        // The reload's snapshot predates both changes.
        blocked.Replace([enabledHere.ToString()], readStartedAt);

        Assert.True(blocked.IsBlocked(disabledHere.ToString()));
        Assert.False(blocked.IsBlocked(enabledHere.ToString()));
    }

    [Fact]
    public void A_reload_read_after_a_change_wins_so_another_hosts_later_change_applies()
    {
        var blocked = new BlockedPrincipals(_time);
        var user = Guid.NewGuid();
        blocked.Block(user);
        _time.Advance(TimeSpan.FromSeconds(30));

        // Enabled again through another host: the database no longer lists the user.
        blocked.Replace([], _time.GetUtcNow());

        Assert.False(blocked.IsBlocked(user.ToString()));
    }
}
