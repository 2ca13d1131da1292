namespace StanceTracker.Core.Text;

/// <summary>
/// What <see cref="NearDuplicates"/> compares of a statement's text: its word-trigram shingles (hashed), a 64-bit
/// SimHash of them for finding candidates cheaply, and the two things a copy may never change: its numbers and how
/// often it negates.
/// </summary>
public sealed class TextFingerprint
{
    internal TextFingerprint(ulong simHash, HashSet<ulong> shingles, string numbers, int negations, int contentWords)
    {
        ContentWords = contentWords;
        SimHash = simHash;
        Shingles = shingles;
        Numbers = numbers;
        Negations = negations;
    }

    /// <summary>Close texts have close hashes: few bits differ (<see cref="NearDuplicates.MayBeCopies"/>). Stable across runs and machines.</summary>
    public ulong SimHash { get; }

    /// <summary>The hash as the stores keep it (a signed 64-bit column in both engines).</summary>
    public long StoredSimHash => unchecked((long)SimHash);

    internal HashSet<ulong> Shingles { get; }

    /// <summary>The numbers (digits and number words), sorted and joined: "5000 troops" is never a copy of "10000 troops".</summary>
    internal string Numbers { get; }

    /// <summary>How many negating words the text has: "will send" is never a copy of "will not send".</summary>
    internal int Negations { get; }

    /// <summary>How many words the text has once the words that only attribute it are left out.</summary>
    internal int ContentWords { get; }

    /// <summary>Nothing to compare (no words at all): such a text is a copy of nothing.</summary>
    public bool IsEmpty => Shingles.Count == 0;
}
