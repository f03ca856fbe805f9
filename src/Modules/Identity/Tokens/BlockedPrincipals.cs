using System.Collections.Immutable;

namespace Jiafu.Identity.Tokens;

/// <summary>
/// The token subjects that may no longer call the API although their access tokens have not expired: disabled users and
/// revoked API clients (a few ids). Token validation refuses them at once instead of at expiry (15 minutes for a user,
/// an hour for a client). The disable, enable and revoke handlers of this host update it when they commit;
/// <see cref="BlockedPrincipalsRefresher"/> reloads it from the database periodically for hosts that share it.
/// </summary>
public sealed class BlockedPrincipals(TimeProvider time)
{
    private readonly Lock _gate = new();
    private ImmutableHashSet<string> _blocked = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    // Changes made here since the last reload began reading: a reload that read the database before such a change
    // committed must not undo it. (The handlers record a change after their commit, so a change recorded before a read
    // began is in what that read returns.)
    private readonly List<(DateTimeOffset At, string Subject, bool Blocked)> _recent = [];

    public bool IsBlocked(string? subject) => subject is not null && Volatile.Read(ref _blocked).Contains(subject);

    public void Block(Guid subject) => Change(subject.ToString(), blocked: true);

    public void Unblock(Guid subject) => Change(subject.ToString(), blocked: false);

    /// <summary>Replaces the set with what the database held when a reload began at <paramref name="readStartedAt"/>.</summary>
    public void Replace(IEnumerable<string> subjects, DateTimeOffset readStartedAt)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        lock (_gate)
        {
            _recent.RemoveAll(c => c.At < readStartedAt);
            var set = subjects.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var (_, subject, blocked) in _recent)
            {
                set = blocked ? set.Add(subject) : set.Remove(subject);
            }

            Volatile.Write(ref _blocked, set);
        }
    }

    private void Change(string subject, bool blocked)
    {
        lock (_gate)
        {
            _recent.Add((time.GetUtcNow(), subject, blocked));
            Volatile.Write(ref _blocked, blocked ? _blocked.Add(subject) : _blocked.Remove(subject));
        }
    }
}
