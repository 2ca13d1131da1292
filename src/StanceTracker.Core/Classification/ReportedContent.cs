using System.Text.RegularExpressions;

namespace StanceTracker.Core.Classification;

/// <summary>
/// What a reported statement says, without the wire-story frame around it: "Polish Prime Minister Donald Tusk, who met
/// Macron in Warsaw, said on Thursday that Poland had no plans to send troops" is classified as "Poland had no plans to
/// send troops". News sentences carry long frames (titles, days, venues, background clauses) that short training lines
/// do not, and those words otherwise pull the sentence embedding and the n-grams away from the position itself.
/// </summary>
/// <remarks>
/// Only neutral verbs of saying are stripped: "ruled out", "rejected" or "welcomed" carry the stance and stay. A negated
/// frame ("did not say that ...") stays whole, since stripping it would turn a refusal to commit into a commitment.
/// </remarks>
public static partial class ReportedContent
{
    private const int MinimumContentWords = 4;

    public static string Of(string text)
    {
        var match = LeadingFrame().Match(text);
        if (!match.Success || NegatedFrame().IsMatch(match.Groups["frame"].Value))
        {
            return text;
        }
        var content = match.Groups["content"].Value.Trim();
        if (WordCount(content) < MinimumContentWords)
        {
            return text;
        }
        return char.ToUpperInvariant(content[0]) + content[1..];
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The frame is the speaker and anything said about them, up to the first neutral verb of saying; then optional
    // adverbials of time, place or medium; then an optional "that". Bounded so a late "said" in a long sentence is not
    // mistaken for the frame.
    [GeneratedRegex("""
        ^(?<frame>[^"“”]{0,220}?\b(?:said|says|told\s+(?:the\s+\w+|an?\s+\w+(?:\s+\w+)?|\w+)|added|wrote|stated|noted|explained|declared|remarked|replied))
        (?:\s*,?\s+(?:on|late\s+on|in|at|during|after|before|earlier|this|last|next)\b[^,;:"“”]{0,40}?(?:\s*,\s*(?:that\s+)?|\s+that\s+)
          |\s*,\s*(?:that\s+)?
          |\s+that\s+
          |\s+)
        (?<content>\S.*)$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline)]
    private static partial Regex LeadingFrame();

    [GeneratedRegex(@"\b(?:not|never|n't|declined\s+to|refused\s+to|would\s+neither)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedFrame();
}
