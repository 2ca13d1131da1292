namespace StanceTracker.Data.Storage;

/// <summary>What a signed-in user may do on a team dashboard; each role may do everything the one before it may.</summary>
public enum UserRole
{
    /// <summary>Reads every page and the API.</summary>
    Viewer,

    /// <summary>Also reviews statements and reads the audit of reviews.</summary>
    Reviewer,

    /// <summary>Also adds articles.</summary>
    Admin,
}

public static class UserRoles
{
    /// <summary>The role's name as stored, typed on the command line and carried in the sign-in cookie.</summary>
    public static string ToId(this UserRole role) => role switch
    {
        UserRole.Viewer => "viewer",
        UserRole.Reviewer => "reviewer",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static IReadOnlyList<string> Ids { get; } = [.. Enum.GetValues<UserRole>().Select(ToId)];

    public static bool TryParse(string? text, out UserRole role)
    {
        foreach (var candidate in Enum.GetValues<UserRole>())
        {
            if (string.Equals(text?.Trim(), candidate.ToId(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }
}

/// <summary>A user as the store keeps it; the password hash never leaves the store.</summary>
public sealed record UserAccount(string Name, UserRole Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    public bool Disabled => DisabledAt is not null;
}

/// <summary>The name is taken, by an active user or by a removed one.</summary>
public sealed class UserExistsException(string message) : Exception(message);

/// <summary>
/// The dashboard's users, for sign-in in team mode. Names are unique whatever their case. A removed user is disabled,
/// not deleted: the name stays taken, so the reviews recorded under it keep meaning that person.
/// </summary>
public interface IUserStore
{
    /// <summary>Adds a user; the password is stored only as a salted hash (<see cref="PasswordHashes"/>).</summary>
    /// <exception cref="UserExistsException">The name is taken, in any case.</exception>
    /// <exception cref="ArgumentException">The name or the password is not acceptable (<see cref="UserNames.Check"/>, <see cref="PasswordHashes.Check"/>).</exception>
    UserAccount Add(string name, string password, UserRole role, DateTimeOffset createdAt);

    /// <summary>The active user with this name (any case) and password, or null: unknown, removed, or a wrong password.</summary>
    UserAccount? Verify(string name, string password);

    /// <summary>The user with this name in any case, removed or not; null when there is none.</summary>
    UserAccount? Find(string name);

    /// <summary>Every user, removed ones too, by name.</summary>
    IReadOnlyList<UserAccount> List();

    /// <summary>Changes an active user's role; false when there is no such active user.</summary>
    bool SetRole(string name, UserRole role);

    /// <summary>Disables an active user, who can no longer sign in; false when there is no such active user.</summary>
    bool Remove(string name, DateTimeOffset removedAt);
}
