namespace StanceTracker.Data;

/// <summary>The opened store, whatever engine holds it: what hosts tell a user about it.</summary>
public interface IStanceStore
{
    /// <summary>Where the data lives, for messages: a file path, or a server and database name (never a password).</summary>
    string Location { get; }

    /// <summary>The schema version after opening; opening migrates, so it is the engine's latest.</summary>
    int SchemaVersion { get; }
}
