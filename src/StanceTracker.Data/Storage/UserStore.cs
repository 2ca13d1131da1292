using System.Data.Common;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The dashboard's users over any engine (the portable SQL is in <see cref="UserRows"/>); an added user is checked and
/// written in one write transaction. An engine's subclass only says how its unique-key violation looks: two servers
/// adding the same name at once are told apart by the unique name_key, and the second gets the same refusal as a name
/// found taken.
/// </summary>
public abstract class UserStore : IUserStore
{
    private readonly IStoreTransactions _store;

    private protected UserStore(IStoreTransactions store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Whether <paramref name="e"/> is the engine refusing a second row with the same unique key.</summary>
    private protected abstract bool IsUniqueViolation(DbException e);

    public UserAccount Add(string name, string password, UserRole role, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            // Users are not what the per-day rules derive from: no writers' turn.
            return _store.Write(t => UserRows.Add(t.Connection!, t, name, password, role, createdAt), takeWriteTurn: false);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            throw UserRows.Taken(name.Trim(), null);
        }
    }

    public UserAccount? Verify(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        using var connection = _store.OpenReader();
        return UserRows.Verify(connection, name, password);
    }

    public UserAccount? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _store.OpenReader();
        return UserRows.Find(connection, null, name)?.ToAccount();
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var connection = _store.OpenReader();
        return UserRows.List(connection);
    }

    public bool SetRole(string name, UserRole role)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _store.OpenReader();
        return UserRows.SetRole(connection, name, role);
    }

    public bool Remove(string name, DateTimeOffset removedAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _store.OpenReader();
        return UserRows.Remove(connection, name, removedAt);
    }
}
