namespace StanceTracker.Core.Extraction;

/// <summary>Whether a statement quotes its speaker, reports them, or both.</summary>
public enum StatementKind
{
    Direct,
    Indirect,
    Mixed,
}
