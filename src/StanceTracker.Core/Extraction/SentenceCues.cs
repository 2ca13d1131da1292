using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>A sentence of the body, its tokens, and the reporting cues found in them.</summary>
internal sealed class SentenceCues(Sentence sentence, List<Token> tokens)
{
    public Sentence Sentence { get; } = sentence;

    public List<Token> Tokens { get; } = tokens;

    public List<CueHit> Hits { get; } = [];
}
