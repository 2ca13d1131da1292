using Microsoft.Data.Sqlite;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>The dashboard's users in SQLite (see <see cref="UserRows"/>); an added user is checked and written in one write transaction.</summary>
public sealed class SqliteUserStore(SqliteDatabase database) : IUserStore
{
    // SQLITE_CONSTRAINT: the unique name_key, should a name be taken between the check and the insert.
    private const int Constraint = 19;

    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public UserAccount Add(string name, string password, UserRole role, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var added = UserRows.Add(connection, transaction, name, password, role, createdAt);
            transaction.Commit();
            return added;
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) == Constraint)
        {
            throw UserRows.Taken(name.Trim(), null);
        }
        catch (SqliteException e) when (_database.IsFull(e))
        {
            throw _database.Full(e);
        }
    }

    public UserAccount? Verify(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        using var connection = _database.OpenConnection();
        return UserRows.Verify(connection, name, password);
    }

    public UserAccount? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _database.OpenConnection();
        return UserRows.Find(connection, null, name)?.ToAccount();
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var connection = _database.OpenConnection();
        return UserRows.List(connection);
    }

    public bool SetRole(string name, UserRole role)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _database.OpenConnection();
        return UserRows.SetRole(connection, name, role);
    }

    public bool Remove(string name, DateTimeOffset removedAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _database.OpenConnection();
        return UserRows.Remove(connection, name, removedAt);
    }
}
