
namespace StanceTracker.Data.Sqlite;

/// <summary>The SQLite primary result codes the hosts tell apart (sqlite3.h); extended codes share their low byte.</summary>
public static class SqliteCodes
{
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;

    /// <summary>
    /// The write failed for want of space: SQLITE_FULL, or an I/O error on a filesystem with no space left (growing the
    /// WAL index on a full disk fails as SQLITE_IOERR_SHMSIZE, not as SQLITE_FULL).
    /// </summary>
    /// <param name="databasePath">The database file, whose filesystem is checked for space on an I/O error.</param>
    public static bool IsDiskFull(Microsoft.Data.Sqlite.SqliteException e, string? databasePath = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (e.SqliteErrorCode & 0xFF) == Full
            || ((e.SqliteErrorCode & 0xFF) == IoError && databasePath is not null && FreeBytes(databasePath) is < MinimumFreeBytes);
    }

    // Less than this many free bytes cannot hold a page of WAL index and a transaction's pages.
    private const long MinimumFreeBytes = 256 * 1024;

    /// <summary>Free space on the filesystem holding <paramref name="path"/>, or null when it cannot be told.</summary>
    private static long? FreeBytes(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            // The drive (mount point) with the longest root that holds the path.
            var drive = DriveInfo.GetDrives()
                .Where(d => full.StartsWith(d.RootDirectory.FullName, StringComparison.Ordinal))
                .MaxBy(d => d.RootDirectory.FullName.Length);
            return drive?.AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
