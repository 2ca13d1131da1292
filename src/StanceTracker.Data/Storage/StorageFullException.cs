namespace StanceTracker.Data.Storage;

/// <summary>
/// A write failed for want of space. The engine rolled it back, so nothing half-written stays; every later write would
/// fail the same way, so a batch stops here instead of refusing each article in turn.
/// </summary>
public sealed class StorageFullException(string message, Exception innerException) : Exception(message, innerException);
