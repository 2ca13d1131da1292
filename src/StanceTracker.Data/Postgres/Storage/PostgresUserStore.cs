using Npgsql;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// The dashboard's users in PostgreSQL (see <see cref="UserRows"/>). Two servers adding the same name at once are told
/// apart by the unique name_key: the second gets the same refusal as a name found taken.
/// </summary>
public sealed class PostgresUserStore(PostgresDatabase database) : IUserStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public UserAccount Add(string name, string password, UserRole role, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction();
            var added = UserRows.Add(connection, transaction, name, password, role, createdAt);
            transaction.Commit();
            return added;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw UserRows.Taken(name.Trim(), null);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StorageFullException($"{_database.Location}: {e.MessageText}", e);
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
