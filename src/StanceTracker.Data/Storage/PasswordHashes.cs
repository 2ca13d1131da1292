using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Salted PBKDF2 (HMAC-SHA512) password hashes. The stored text names the algorithm and the iteration count, so a
/// later build can raise the count and still verify the hashes stored before it.
/// </summary>
public static class PasswordHashes
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 1024;

    // OWASP's figure for PBKDF2-HMAC-SHA512 (2023): about a fifth of a second on one core here.
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Scheme = "pbkdf2-sha512";

    // Verifying an unknown name costs a full derivation too, so the time taken does not tell which names exist.
    private static readonly Lazy<string> Decoy = new(() => Hash("decoy password, never matched"));

    /// <summary>Why the password cannot be used, or null.</summary>
    public static string? Check(string? password) => password switch
    {
        null or "" => "the password is empty",
        { Length: < MinimumLength } => $"the password must have at least {MinimumLength} characters",
        { Length: > MaximumLength } => $"the password must have at most {MaximumLength} characters",
        _ when string.IsNullOrWhiteSpace(password) => "the password is only spaces",
        _ => null,
    };

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="stored"/> was made from; a malformed hash matches nothing.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations, expected.Length), expected);
    }

    /// <summary>Spends the time a verification takes, for a name that has no hash to verify against.</summary>
    public static void VerifyNothing(string password) => Verify(password, Decoy.Value);

    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, length);
}

/// <summary>The rule for user names, the same for every engine.</summary>
public static class UserNames
{
    public const int MaximumLength = 64;

    /// <summary>Why the name cannot be used, or null. Names are shown on every review, so they stay short and printable.</summary>
    public static string? Check(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return "the user name is empty";
        }
        if (trimmed.Length > MaximumLength)
        {
            return $"the user name must have at most {MaximumLength} characters";
        }
        return trimmed.Any(char.IsControl) ? "the user name may not contain control characters" : null;
    }

    /// <summary>The key names are unique by: trimmed, composed and lower-cased by the invariant culture (not ASCII only).</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
