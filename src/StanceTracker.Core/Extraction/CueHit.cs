namespace StanceTracker.Core.Extraction;

/// <summary>A reporting cue found at a token, with the subject read back from it; <see cref="Used"/> once a statement has taken it.</summary>
internal sealed class CueHit(int index, CueMatch cue, NounPhrase? subject, bool withheld)
{
    public int Index { get; } = index;

    public CueMatch Cue { get; } = cue;

    public NounPhrase? Subject { get; } = subject;

    public bool Withheld { get; } = withheld;

    public bool Used { get; set; }

    public int End => Index + Cue.Length;
}
