using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// Finds direct quotes by their frames, after the quote ("“...,” Lavrov said", "“...,” said Ambassador Mohib", "“...” - Matthew Ingram")
/// or before it ("X said: “...”"), joins the quotes a frame splits or only punctuation separates, and credits a quote
/// paragraph with no frame to the statement right before it.
/// </summary>
internal static class DirectQuoteFinder
{
    internal static void Find(TextLayout layout, SentenceCues[] infos, List<QuoteSpan> quotes, List<StatementCandidate> statements, HashSet<int> claimed)
    {
        for (var qi = 0; qi < quotes.Count; qi++)
        {
            if (claimed.Contains(qi))
            {
                continue;
            }
            var quote = quotes[qi];
            var sa = LayoutPositions.SentenceAt(layout, quote.Start);
            var sb = LayoutPositions.SentenceAt(layout, Math.Max(quote.Start, quote.End - 1));
            if (sa < 0 || sb < 0)
            {
                continue;
            }
            var found = AfterFrame(infos[sb], quote, layout.Text) ?? ExclaimedFrame(layout, infos, sb, quote) ?? BeforeFrame(infos[sa], quote, layout.Text);
            if (found is not { } frame)
            {
                continue;
            }
            frame.Hit.Used = true;
            foreach (var other in infos[sa].Hits.Concat(infos[sb].Hits))
            {
                // The clause the quote hangs from ("Trump expressed disappointment, saying, “...”") is the same statement.
                if (other.Subject is { } s && s.First == frame.Subject.First && s.Last == frame.Subject.Last)
                {
                    other.Used = true;
                }
            }
            claimed.Add(qi);
            var end = ChainQuotes(layout, infos, quotes, qi, claimed, frame.Hit);
            end = WithContinuation(layout, infos, quotes, claimed, frame, end);
            statements.Add(new StatementCandidate(frame.Mention, StatementKind.Direct, quote.ContentStart, end,
                layout.Text[quote.ContentStart..end], frame.Hit.Cue.Lemma, frame.Hit.Withheld, false, LayoutPositions.ParagraphAt(layout, quote.Start)));
        }
    }

    private readonly record struct Frame(SpeakerMention Mention, CueHit Hit, NounPhrase Subject);

    /// <summary>"“...,” Lavrov said" / "“...,” said Ambassador Mohib" / "“...,” he remarked."</summary>
    private static Frame? AfterFrame(SentenceCues info, QuoteSpan quote, string body)
    {
        var t = info.Tokens;
        var a = 0;
        while (a < t.Count && t[a].Start < quote.End)
        {
            a++;
        }
        var b = a;
        while (b < t.Count && !t[b].InQuote)
        {
            b++;
        }
        var dashed = false;
        while (a < b && CueHitFinder.IsClauseBreak(t[a]))
        {
            dashed |= t[a].Text != ",";
            a++;
        }
        if (a >= b)
        {
            return null;
        }
        if (dashed && NounPhraseParser.ParseForward(t, a, b) is { } signed && signed.Last - signed.First < 5 && t[signed.First].IsCapitalised
            && (signed.Last + 1 >= b || t[signed.Last + 1].Text is "." or "," or ";"))
        {
            // "“So far, it's the Internet: 1, Scientology: 0.” - Matthew Ingram"
            return new Frame(NounPhraseParser.Mention(t, signed, body), new CueHit(a, new CueMatch("signed", CueKind.Speech, CueForm.Past, 0), signed, false), signed);
        }
        foreach (var hit in info.Hits)
        {
            if (hit.Index < a || hit.Index >= b || hit.Index - a > 12 || hit.Used || hit.Cue.Kind == CueKind.Naming)
            {
                continue;
            }
            if (hit.Index == a)
            {
                var np = NounPhraseParser.ParseForward(t, hit.End, b);
                if (np is { } forward)
                {
                    return new Frame(NounPhraseParser.Mention(t, forward, body), hit, forward);
                }
                return null;
            }
            if (hit.Subject is { } subject && subject.First == a)
            {
                return new Frame(NounPhraseParser.Mention(t, subject, body), hit, subject);
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "“... full stop!” Tusk said." / "“Why now?” she asked.": a quote closed by "!" or "?" ends its sentence for the
    /// segmenter, so its frame opens the next one, right after the closing mark.
    /// </summary>
    private static Frame? ExclaimedFrame(TextLayout layout, SentenceCues[] infos, int sentence, QuoteSpan quote)
    {
        if (!quote.Closed || quote.ContentEnd <= quote.ContentStart || sentence + 1 >= infos.Length
            || layout.Text[quote.ContentStart..quote.ContentEnd].TrimEnd() is not [.., '!' or '?'])
        {
            return null;
        }
        var next = layout.Sentences[sentence + 1];
        if (next.Paragraph != layout.Sentences[sentence].Paragraph || next.Start < quote.End || !string.IsNullOrWhiteSpace(layout.Text[quote.End..next.Start]))
        {
            return null;
        }
        return AfterFrame(infos[sentence + 1], quote, layout.Text);
    }

    /// <summary>"X said: “...”" / "Trump commented, “...”" / "Gomez said “I think ...”".</summary>
    private static Frame? BeforeFrame(SentenceCues info, QuoteSpan quote, string body)
    {
        var t = info.Tokens;
        var qi = t.FindIndex(x => x.Start == quote.Start);
        if (qi < 0)
        {
            return null;
        }
        CueHit? hit = null;
        foreach (var h in info.Hits)
        {
            if (h.Index < qi && !h.Used)
            {
                hit = h;
            }
        }
        if (hit is null || hit.Cue.Kind == CueKind.Naming)
        {
            return null;
        }
        for (var k = hit.End; k < qi; k++)
        {
            if (t[k].InQuote || t[k].Kind == TokenKind.QuoteMark || t[k].Is("that") || t[k].Is("whether") || t[k].Is("if"))
            {
                return null;
            }
        }
        var gap = qi - hit.End;
        var punctuated = gap > 0 && t[qi - 1].Text is ":" or ",";
        var bare = gap == 0 && hit.Cue.Kind is CueKind.Speech or CueKind.FrameOnly && quote.ContentEnd > quote.ContentStart && char.IsUpper(body[quote.ContentStart]);
        if (!(punctuated && gap <= 8 || bare))
        {
            return null;
        }
        var subject = hit.Subject ?? (hit.Cue.Form == CueForm.Participle ? CueHitFinder.MainSubject(info, hit.Index) : null);
        return subject is { } np ? new Frame(NounPhraseParser.Mention(t, np, body), hit, np) : null;
    }

    /// <summary>
    /// "“We are ready,” Macron said in a speech, insisting that the force would deploy ...": a participle of saying after
    /// the quote and its frame goes on with the quote's speaker, so the statement runs to the end of that sentence.
    /// </summary>
    private static int WithContinuation(TextLayout layout, SentenceCues[] infos, List<QuoteSpan> quotes, HashSet<int> claimed, Frame frame, int end)
    {
        var si = LayoutPositions.SentenceAt(layout, Math.Max(0, end - 1));
        if (si < 0)
        {
            return end;
        }
        var info = infos[si];
        var t = info.Tokens;
        foreach (var hit in info.Hits)
        {
            if (hit.Used || hit.Subject is not null || hit.Cue.Form != CueForm.Participle || hit.Cue.Kind != CueKind.Speech
                || t[hit.Index].Start < end || hit.Index < 2 || !AfterClauseBreak(t, hit.Index)
                || hit.End >= t.Count || !t[hit.End].IsWord || t[hit.Index].InQuote)
            {
                continue;
            }
            // "“We listened,” Novak said, while the harbour master, saying nothing, left": another clause, another subject.
            if (t.Take(hit.Index).Any(x => x.Start >= end && !x.InQuote && x.IsWord && OtherClauseWords.Contains(x.Text)))
            {
                return end;
            }
            // The clause's subject must be the frame's own words, in this sentence, not a name elsewhere.
            if (CueHitFinder.MainSubject(info, hit.Index) is not { } subject || subject.First != frame.Subject.First || subject.Last != frame.Subject.Last
                || frame.Mention.Start < t[subject.First].Start || frame.Mention.Start >= t[subject.Last].End)
            {
                continue;
            }
            hit.Used = true;
            var sentenceEnd = info.Sentence.End;
            while (sentenceEnd > end && char.IsWhiteSpace(layout.Text[sentenceEnd - 1]))
            {
                sentenceEnd--;
            }
            for (var k = LayoutPositions.FirstQuoteFrom(quotes, end); k < quotes.Count && quotes[k].Start < sentenceEnd; k++)
            {
                claimed.Add(k);
                sentenceEnd = Math.Max(sentenceEnd, quotes[k].End);
            }
            return sentenceEnd;
        }
        return end;
    }

    private static readonly FrozenSet<string> OtherClauseWords = WordSet.Of("while whereas but and although though as who which when where because");

    /// <summary>A comma or dash right before the participle, or a closing quotation mark after a comma ("“... thin,” adding").</summary>
    private static bool AfterClauseBreak(List<Token> t, int index) =>
        CueHitFinder.IsClauseBreak(t[index - 1]) || (t[index - 1].Kind == TokenKind.QuoteMark && CueHitFinder.IsClauseBreak(t[index - 2]));

    /// <summary>Quotes that only punctuation or the frame separates from this one belong to the same statement.</summary>
    internal static int ChainQuotes(TextLayout layout, SentenceCues[] infos, List<QuoteSpan> quotes, int qi, HashSet<int> claimed, CueHit? frameHit)
    {
        var end = quotes[qi].ContentEnd;
        var paragraph = LayoutPositions.ParagraphAt(layout, quotes[qi].End - 1);
        for (var k = qi + 1; k < quotes.Count; k++)
        {
            var next = quotes[k];
            if (LayoutPositions.ParagraphAt(layout, next.Start) != paragraph || claimed.Contains(k))
            {
                break;
            }
            var between = layout.Text[quotes[k - 1].End..next.Start];
            var words = between.Split([' ', ',', ':', ';', '.', '\u2013', '\u2014', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var frameOnly = frameHit is not null && words.Length <= 10 && between.TrimEnd().EndsWith(',')
                && LayoutPositions.SentenceAt(layout, quotes[k - 1].End) == LayoutPositions.SentenceAt(layout, next.Start)
                && words.Any(w => ReportingCues.Match(Tokenizer.Tokenize(w, 0, w.Length), 0) is not null);
            if (words.Length == 0 || words.All(w => w is "and") || frameOnly)
            {
                claimed.Add(k);
                end = next.ContentEnd;
                frameHit = null;
                continue;
            }
            break;
        }
        _ = infos;
        return end;
    }

    /// <summary>A paragraph opening with a quote that no frame claims, right after a statement: the same speaker goes on.</summary>
    internal static void FollowOn(TextLayout layout, SentenceCues[] infos, List<QuoteSpan> quotes, HashSet<int> claimed, SentenceCues info, List<StatementCandidate> direct, List<StatementCandidate> added)
    {
        var paragraph = layout.Paragraphs[info.Sentence.Paragraph];
        var atParagraphStart = info.Sentence.Start == paragraph.Start;
        var opening = atParagraphStart ? LayoutPositions.OpeningQuote(layout, paragraph, quotes) : LayoutPositions.QuoteStartingAt(quotes, info.Sentence.Start);
        if (opening < 0 || claimed.Contains(opening))
        {
            return;
        }
        var quote = quotes[opening];
        StatementCandidate? previous = added.Count > 0 && added[^1].Start < quote.Start ? added[^1] : null;
        foreach (var s in direct)
        {
            if (s.Start < quote.Start && (previous is null || s.Start > previous.Start))
            {
                previous = s;
            }
        }
        // Right after a statement: in the previous paragraph for a quote paragraph, in the same one for a quote sentence.
        if (previous is null || LayoutPositions.ParagraphAt(layout, Math.Max(previous.Start, previous.End - 1)) < paragraph.Index - (atParagraphStart ? 1 : 0))
        {
            return;
        }
        claimed.Add(opening);
        var end = ChainQuotes(layout, infos, quotes, opening, claimed, null);
        added.Add(new StatementCandidate(new SpeakerMention(previous.Speaker.Text, quote.Start, quote.Start, MentionKind.FollowOn), StatementKind.Direct,
            quote.ContentStart, end, layout.Text[quote.ContentStart..end], "follow-on", false, false, paragraph.Index));
    }
}
