using System.Data;
using Dapper;
using StanceTracker.Core;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The users table for every engine (the SQL is portable). Uniqueness whatever the case rests on <c>name_key</c>,
/// folded in C# (<see cref="UserNames.Key"/>), rather than on a collation each engine spells, and folds, its own way.
/// </summary>
internal static class UserRows
{
    private const string Columns = """
        u.name AS Name, u.role AS Role, u.password_hash AS PasswordHash, u.created_at AS CreatedAt, u.disabled_at AS DisabledAt
        """;

    private const string FindSql = $"""
        SELECT {Columns} FROM users u WHERE u.name_key = @Key
        """;

    public static UserRow? Find(IDbConnection connection, IDbTransaction? transaction, string name) =>
        connection.QuerySingleOrDefault<UserRow>(FindSql, new { Key = UserNames.Key(name) }, transaction);

    private const string InsertSql = """
        INSERT INTO users (name, name_key, role, password_hash, created_at)
        VALUES (@Name, @Key, @Role, @PasswordHash, @CreatedAt)
        """;

    /// <summary>Checks the name and the password, refuses a taken name, and inserts the user with the password hashed.</summary>
    public static UserAccount Add(IDbConnection connection, IDbTransaction transaction, string name, string password, UserRole role, DateTimeOffset createdAt)
    {
        if (UserNames.Check(name) is { } badName)
        {
            throw new ArgumentException(badName, nameof(name));
        }
        if (PasswordHashes.Check(password) is { } badPassword)
        {
            throw new ArgumentException(badPassword, nameof(password));
        }
        var trimmed = name.Trim();
        if (Find(connection, transaction, trimmed) is { } existing)
        {
            throw Taken(trimmed, existing);
        }
        connection.Execute(InsertSql, new
        {
            Name = trimmed,
            Key = UserNames.Key(trimmed),
            Role = role.ToId(),
            PasswordHash = PasswordHashes.Hash(password),
            CreatedAt = IsoDate.FormatUtc(createdAt),
        }, transaction);
        return new UserAccount(trimmed, role, createdAt.ToUniversalTime(), null);
    }

    /// <summary>The refusal for a taken name, saying whose it is when the store can tell.</summary>
    public static UserExistsException Taken(string name, UserRow? existing) => existing is { DisabledAt: not null }
        ? new UserExistsException($"the name '{name}' belonged to the removed user '{existing.Name}': names are not reused, so that their reviews stay theirs")
        : new UserExistsException($"there is already a user named '{existing?.Name ?? name}' (names are unique whatever their case)");

    public static UserAccount? Verify(IDbConnection connection, string name, string password)
    {
        var row = UserNames.Check(name) is null ? Find(connection, null, name) : null;
        if (row is null || row.DisabledAt is not null)
        {
            PasswordHashes.VerifyNothing(password);
            return null;
        }
        return PasswordHashes.Verify(password, row.PasswordHash) ? row.ToAccount() : null;
    }

    private const string ListSql = $"""
        SELECT {Columns} FROM users u ORDER BY u.name_key
        """;

    public static IReadOnlyList<UserAccount> List(IDbConnection connection) =>
        connection.Query<UserRow>(ListSql).Select(r => r.ToAccount()).ToList();

    private const string SetRoleSql = """
        UPDATE users SET role = @Role WHERE name_key = @Key AND disabled_at IS NULL
        """;

    public static bool SetRole(IDbConnection connection, string name, UserRole role) =>
        connection.Execute(SetRoleSql, new { Role = role.ToId(), Key = UserNames.Key(name) }) == 1;

    private const string RemoveSql = """
        UPDATE users SET disabled_at = @DisabledAt WHERE name_key = @Key AND disabled_at IS NULL
        """;

    public static bool Remove(IDbConnection connection, string name, DateTimeOffset removedAt) =>
        connection.Execute(RemoveSql, new { DisabledAt = IsoDate.FormatUtc(removedAt), Key = UserNames.Key(name) }) == 1;

    internal sealed class UserRow
    {
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string? DisabledAt { get; init; }

        public UserAccount ToAccount() => new(
            Name,
            UserRoles.TryParse(Role, out var role) ? role : throw new DataException($"User '{Name}' has the unknown role '{Role}'."),
            IsoDate.ParseTime(CreatedAt),
            DisabledAt is null ? null : IsoDate.ParseTime(DisabledAt));
    }
}
