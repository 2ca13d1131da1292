namespace StanceTracker.Data;

/// <summary>
/// A database file this build cannot use: not an SQLite file, another program's SQLite file, or a newer schema.
/// The message names the file and says what to do; hosts show it in one line.
/// </summary>
public sealed class DatabaseUnusableException : Exception
{
    public DatabaseUnusableException(string message)
        : base(message)
    {
    }

    public DatabaseUnusableException()
    {
    }

    public DatabaseUnusableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
