using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>Headlines that attribute a claim: "Poland will not send troops – Tusk", "Kremlin: talks were useful", "Tusk rules out ...".</summary>
internal static class TitleStatementFinder
{
    private static readonly FrozenSet<string> GenericHeadlineWords = WordSet.Of(
        "reports report update breaking exclusive watch live opinion analysis video photos explainer factbox comment editorial review " +
        "interview timeline q&a in pictures");

    internal static IEnumerable<StatementCandidate> Find(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
        }
        // "Tusk rules out troops | World News": a crawled page's title ends with its section or site.
        var bar = title.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            title = title[..bar].TrimEnd();
        }
        var t = Tokenizer.Tokenize(title, 0, title.Length);
        // "Poland will not send its soldiers to Ukraine – Tusk"
        for (var i = t.Count - 2; i >= 2 && i >= t.Count - 6; i--)
        {
            if (t[i].Text is "-" or "\u2013" or "\u2014" && t.Skip(i + 1).All(x => x.IsCapitalised || x.Text is "'s" or "\u2019s"))
            {
                var speaker = title[t[i + 1].Start..t[^1].End];
                yield return TitleStatement(title, speaker, title[..t[i].Start].TrimEnd(), "headline");
                yield break;
            }
        }
        // "Kremlin: talks with Washington are constructive"
        for (var i = 1; i < t.Count - 1 && i <= 4; i++)
        {
            if (t[i].Text == ":")
            {
                if (t.Take(i).All(x => x.IsCapitalised || x.Text is "'s" or "\u2019s") && !GenericHeadlineWords.Contains(t[0].Text) && !GenericHeadlineWords.Contains(title[..t[i].Start]))
                {
                    yield return TitleStatement(title, title[..t[i].Start], title[t[i].End..].Trim(), "headline");
                }
                yield break;
            }
        }
        var hits = new List<CueHit>();
        CueHitFinder.FindHits(t, hits, ignoreCase: true);
        foreach (var hit in hits)
        {
            if (hit.Index > 0 && hit.Subject is { } np && hit.Cue.Kind is not (CueKind.FrameOnly or CueKind.Naming) && hit.End < t.Count && t[hit.End].IsWord
                && !GenericHeadlineWords.Contains(t[np.First].Text))
            {
                yield return TitleStatement(title, title[t[np.First].Start..t[np.Last].End], OwnClause(title, t, hit.End), hit.Cue.Lemma, hit.Withheld);
                yield break;
            }
        }
    }

    private static readonly FrozenSet<string> BackgroundJoints = WordSet.Of("as while amid");

    /// <summary>
    /// "Kremlin rejects European truce plan as Washington weighs new sanctions": the clause after "as" and a name, "while"
    /// or "amid" is someone else's news, not what the headline's speaker said.
    /// </summary>
    private static string OwnClause(string title, List<Token> t, int after)
    {
        for (var i = after + 1; i < t.Count - 2; i++)
        {
            // "as" joins a clause only before its subject's name: not in "sees it as a problem".
            if (t[i].IsWord && char.IsLower(t[i].Text[0]) && BackgroundJoints.Contains(t[i].Text) && (!t[i].Is("as") || t[i + 1].IsCapitalised))
            {
                return title[..t[i].Start].TrimEnd(' ', ',', ';');
            }
        }
        return title;
    }

    private static StatementCandidate TitleStatement(string title, string speaker, string text, string cue, bool withheld = false) =>
        new(new SpeakerMention(speaker, -1, -1, MentionKind.Name), StatementKind.Indirect, 0, 0, text.Length > 0 ? text : title, cue, withheld, true, -1);
}
