using System.Globalization;
using System.Text.RegularExpressions;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// Statements no verb of saying introduces, because the text itself is someone's words: a transcript's labelled turns
/// ("SECRETARY RUBIO: Well, ...") and a speech or address published by the speaker's office ("I announced the biggest
/// increase in defence spending"). Each sentence of such a turn or text that no other statement covers becomes one.
/// </summary>
public static partial class OwnWordsStatements
{
    /// <summary>Sentences shorter than this are greetings and stage directions ("Thank you.", "Good afternoon.").</summary>
    private const int MinimumWords = 6;

    /// <summary>The share of first-person sentences above which an office's publication is its holder speaking.</summary>
    public const double FirstPersonShare = 0.35;

    /// <summary>
    /// Adds the sentences of labelled turns (credited to the label) and, when <paramref name="ownWords"/>, the other
    /// uncovered sentences (credited to the text's author, <see cref="MentionKind.Author"/>).
    /// </summary>
    public static ExtractionResult Add(ExtractionResult extraction, bool ownWords)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var layout = extraction.Layout;
        var turns = Turns(layout);
        if (!ownWords && turns.Count == 0)
        {
            return extraction;
        }
        var found = extraction.Statements.Select(s => SpokenInTurn(s, turns, layout)).ToList();
        var covered = found.Where(s => !s.FromTitle).Select(s => (s.Start, s.End)).OrderBy(s => s.Start).ToList();
        var added = new List<StatementCandidate>();
        foreach (var sentence in layout.Sentences)
        {
            var turn = turns.LastOrDefault(t => t.Start <= sentence.Start);
            if (turns.Count > 0 && turn is null && !ownWords)
            {
                continue; // the transcript's header, before anyone speaks
            }
            if (turn is { Speaks: false })
            {
                continue; // a question from the floor
            }
            var start = turn is not null && turn.LabelEnd > sentence.Start && turn.LabelEnd < sentence.End ? turn.LabelEnd : sentence.Start;
            var text = layout.Slice(start, sentence.End).Trim();
            if (text.Length == 0 || WordCount(text) < MinimumWords || !EndsLikeASentence(text) || Overlaps(covered, start, sentence.End))
            {
                continue;
            }
            if (turn is null && DescribesTheText(text))
            {
                continue;
            }
            start = layout.Text.IndexOf(text, start, StringComparison.Ordinal);
            var speaker = turn is not null
                ? new SpeakerMention(turn.Speaker, turn.Start, turn.LabelEnd, MentionKind.Name)
                : new SpeakerMention("", -1, -1, MentionKind.Author);
            added.Add(new StatementCandidate(speaker, StatementKind.Direct, start, start + text.Length, text, "", false, false, sentence.Paragraph));
        }
        // A speech's title names the occasion ("PM remarks at the summit"), not something said.
        var statements = found.Where(s => s.FromTitle && !ownWords && !IsOwnWordsTitle(s.Text)).Concat(found.Where(s => !s.FromTitle).Concat(added).OrderBy(s => s.Start)).ToList();
        return new ExtractionResult(layout, statements);
    }

    /// <summary>
    /// A standfirst that names the occasion ("The Prime Minister's press conference remarks at the NATO Summit in
    /// Madrid.") describes the text rather than saying anything; a first-person sentence naming one ("In my speech
    /// today I set out ...") is said.
    /// </summary>
    private static bool DescribesTheText(string sentence) =>
        IsOwnWordsTitle(sentence) && !FirstPerson().IsMatch(sentence);

    /// <summary>
    /// "I" and "we" in a labelled turn are the turn's speaker ("FOREIGN MINISTER KULEBA: ... I think that gives us an
    /// excellent opportunity to discuss ..."), not the office that published the transcript.
    /// </summary>
    private static StatementCandidate SpokenInTurn(StatementCandidate statement, List<Turn> turns, TextLayout layout)
    {
        if (statement.FromTitle || statement.Speaker.Kind != MentionKind.Pronoun
            || statement.Speaker.Text.ToUpperInvariant() is not ("I" or "WE"))
        {
            return statement;
        }
        var turn = turns.LastOrDefault(t => t.Start <= statement.Start);
        if (turn is not { Speaks: true })
        {
            return statement;
        }
        var speaker = new SpeakerMention(turn.Speaker, turn.Start, turn.LabelEnd, MentionKind.Name);
        if (statement.Start >= turn.LabelEnd)
        {
            return statement with { Speaker = speaker };
        }
        // The statement ran from the paragraph's start: its words begin after the label.
        var start = turn.LabelEnd;
        while (start < statement.End && char.IsWhiteSpace(layout.Text[start]))
        {
            start++;
        }
        return statement with { Speaker = speaker, Start = start, Text = layout.Slice(start, statement.End).TrimEnd() };
    }

    /// <summary>The share of the text's sentences, outside quotation marks, that speak in the first person ("I", "we", "our").</summary>
    public static double FirstPersonSentences(TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var quotes = layout.Quotes.Where(q => q.Depth == 0).ToList();
        int sentences = 0, firstPerson = 0;
        foreach (var sentence in layout.Sentences)
        {
            var tokens = Tokenizer.Tokenize(layout.Text, sentence.Start, sentence.End, quotes);
            var words = tokens.Where(t => t.IsWord && !t.InQuote).ToList();
            if (words.Count < MinimumWords)
            {
                continue;
            }
            sentences++;
            if (words.Any(t => t.Text is "I" or "we" or "We" or "our" or "Our" or "my" or "My" or "us"))
            {
                firstPerson++;
            }
        }
        return sentences == 0 ? 0 : (double)firstPerson / sentences;
    }

    private sealed record Turn(int Start, int LabelEnd, string Speaker, bool Speaks);

    /// <summary>
    /// Paragraphs opening with a speaker label: "SECRETARY RUBIO:", "*FOREIGN MINISTER KULEBA:*", "Q:". Capitalised
    /// labels ("Vladimir Putin:") count only where the text carries two or more, as a transcript does; labels inside
    /// paragraphs (<see cref="InlineTurns"/>) only where it carries <see cref="MinimumInlineTurns"/>.
    /// </summary>
    private static List<Turn> Turns(TextLayout layout)
    {
        var upper = new List<Turn>();
        var titled = new List<Turn>();
        foreach (var paragraph in layout.Paragraphs)
        {
            var head = layout.Slice(paragraph.Start, Math.Min(paragraph.End, paragraph.Start + 80));
            if (UpperCaseLabel().Match(head) is { Success: true } upperMatch)
            {
                var label = upperMatch.Groups["label"].Value;
                upper.Add(new Turn(paragraph.Start, paragraph.Start + upperMatch.Length, TitleCase(label), !IsFromTheFloor(label)));
            }
            else if (TitleCaseLabel().Match(head) is { Success: true } titledMatch)
            {
                var label = titledMatch.Groups["label"].Value;
                titled.Add(new Turn(paragraph.Start, paragraph.Start + titledMatch.Length, label, !IsFromTheFloor(label)));
            }
        }
        var inline = InlineTurns(layout, upper.Concat(titled).Select(t => t.Start).ToHashSet());
        var turns = upper.Concat(titled.Count + inline.Count >= 2 ? titled : []).Concat(inline.Count >= MinimumInlineTurns ? inline : [])
            .OrderBy(t => t.Start).ToList();
        return turns.Any(t => t.Speaks) ? turns : [];
    }

    /// <summary>Labels inside paragraphs that only a transcript has this many of: a page that lost its line breaks.</summary>
    private const int MinimumInlineTurns = 3;

    /// <summary>
    /// Speaker labels opening a sentence inside a paragraph ("... to the presidents? Alexander Lukashenko: You know,
    /// ..."), as in transcripts whose line breaks were lost when the page was saved, and labels with a title
    /// ("President of Russia Vladimir Putin:") the paragraph labels do not read.
    /// </summary>
    private static List<Turn> InlineTurns(TextLayout layout, HashSet<int> paragraphLabels)
    {
        var turns = new List<Turn>();
        foreach (var sentence in layout.Sentences)
        {
            if (paragraphLabels.Contains(sentence.Start))
            {
                continue;
            }
            var head = layout.Slice(sentence.Start, Math.Min(sentence.End, sentence.Start + 90));
            if (InlineLabel().Match(head) is { Success: true } match)
            {
                var label = match.Groups["label"].Value;
                turns.Add(new Turn(sentence.Start, sentence.Start + match.Length, label, !IsFromTheFloor(label)));
            }
        }
        return turns;
    }

    private static bool IsFromTheFloor(string label) =>
        label.ToUpperInvariant() is "Q" or "QUESTION" or "MODERATOR" or "PARTICIPANT" or "JOURNALIST" or "REPORTER" or "AUDIENCE MEMBER" or "OPERATOR" or "STAFF";

    private static string TitleCase(string label) =>
        string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 1 ? w : w[0] + w[1..].ToLower(CultureInfo.InvariantCulture)));

    private static bool Overlaps(List<(int Start, int End)> covered, int start, int end) =>
        covered.Any(c => c.Start < end && start < c.End);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool EndsLikeASentence(string text) =>
        text[^1] is '.' or '!' or '?' or '\u201D' or '"' or ')' or ';' or ':' or '\u2026';

    [GeneratedRegex(@"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"^\*{0,2}(?<label>Q|(?:[A-Z][A-Z.'\u2019\-]+ ){0,4}[A-Z][A-Z.'\u2019\-]+)\s*:\*{0,2}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex UpperCaseLabel();

    [GeneratedRegex(@"^(?<label>(?:[A-Z][a-z\u00C0-\u024F'\u2019\-]+ ){1,3}[A-Z][a-z\u00C0-\u024F'\u2019\-]+):\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseLabel();

    /// <summary>A name of two to four words, with a title before it that may hold "of" and "the" ("President of Russia Vladimir Putin:"), or a question from the floor.</summary>
    [GeneratedRegex(@"^(?<label>Question|Q|Moderator|Journalist|Reporter|(?:[A-Z][a-z\u00C0-\u024F'\u2019\-]+ (?:(?:of|the|for) )*){1,7}[A-Z][a-z\u00C0-\u024F'\u2019\-]+):\s+", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLabel();

    /// <summary>
    /// True when the title says the text is the office holder's own words (remarks, a speech, an address, a statement),
    /// not a report about them.
    /// </summary>
    public static bool IsOwnWordsTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var lower = title.ToLowerInvariant();
        return OwnWordsMarkers.Any(marker => lower.Contains(marker, StringComparison.Ordinal));
    }

    private static readonly string[] OwnWordsMarkers =
        ["remarks", "speech", "address by", "address to", "'s address", "\u2019s address", "statement at", "statement by", "statement on",
         "press conference", "opening statement", "op-ed", "article by", "keynote"];
}
