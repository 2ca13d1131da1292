namespace StanceTracker.Core.Classification;

/// <summary>How a model's files reach the disk so that a process killed while saving leaves a whole model or none.</summary>
internal static class ModelFiles
{
    /// <summary>
    /// Writes a manifest beside its target and renames it into place: a reader sees the old file, none, or the whole
    /// new one, never a torn one.
    /// </summary>
    public static void WriteAtomically(string path, string contents)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, contents);
        File.Move(temporary, path, overwrite: true);
    }
}
