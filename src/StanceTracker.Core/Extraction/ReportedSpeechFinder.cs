using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// Finds reported speech and position acts around the cues the direct quotes left ("X said that ...", "Tusk ruled out ..."),
/// one statement per speaker when a sentence has several; a closing frame ("..., he said."); a line introducing the
/// paragraph below ("X said:"); and "according to X". Quotes inside reported speech make it mixed.
/// </summary>
internal static class ReportedSpeechFinder
{
    private static readonly FrozenSet<string> ClauseWords = WordSet.Of("while whereas but and although though as");

    private static readonly FrozenSet<string> ContrastOpeners = WordSet.Of("while whereas although though unlike");

    private static readonly FrozenSet<string> OccasionPrepositions = WordSet.Of("in on at during there here");

    internal static void Find(TextLayout layout, SentenceCues[] infos, List<QuoteSpan> quotes, List<StatementCandidate> statements, HashSet<int> claimed)
    {
        var direct = statements.ToList();
        var added = new List<StatementCandidate>();
        foreach (var info in infos)
        {
            var t = info.Tokens;
            var sentence = info.Sentence;
            var usedSubjects = info.Hits.Where(h => h.Used && h.Subject is not null).Select(h => SubjectText(t, h.Subject!.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // "Will they accept Ukraine?" asks; a position act is asserted.
            var asks = t.Count > 0 && t[^1].Text == "?";
            var valid = info.Hits.Select(h => WithClauseSubject(info, h)).Where(h => !h.Used && h.Subject is not null && HasComplement(info, h, quotes)
                && !(asks && h.Cue.Kind == CueKind.Position)
                && !usedSubjects.Contains(SubjectText(t, h.Subject!.Value))).ToList();

            // A paragraph that only introduces the quote below it ("Obama tweeted using his @POTUS account:") is that quote's frame.
            if (valid.Count > 0 && t.Count > 0 && t[^1].Text == ":" && LayoutPositions.IsLastSentenceOfParagraph(layout, info.Sentence)
                && LayoutPositions.NextParagraphOpensWithQuote(layout, sentence.Paragraph, quotes, out var colonQuote) && !claimed.Contains(colonQuote))
            {
                var hit = valid[0];
                claimed.Add(colonQuote);
                var end = DirectQuoteFinder.ChainQuotes(layout, infos, quotes, colonQuote, claimed, null);
                added.Add(new StatementCandidate(NounPhraseParser.Mention(t, hit.Subject!.Value, layout.Text), StatementKind.Direct, quotes[colonQuote].ContentStart, end,
                    layout.Text[quotes[colonQuote].ContentStart..end], hit.Cue.Lemma, hit.Withheld, false, LayoutPositions.ParagraphAt(layout, quotes[colonQuote].Start)));
                continue;
            }

            if (valid.Count > 0 && t.Count > 0 && t[^1].Text == ":" && LayoutPositions.IsLastSentenceOfParagraph(layout, info.Sentence)
                && sentence.Paragraph + 1 < layout.Paragraphs.Count && valid.Count == 1)
            {
                // "the Church denied these allegations:" — what they said is the next paragraph.
                var hit = valid[0];
                var nextParagraph = layout.Paragraphs[sentence.Paragraph + 1];
                added.Add(Reported(layout, quotes, claimed, NounPhraseParser.Mention(t, hit.Subject!.Value, layout.Text), sentence.Start, nextParagraph.End, hit.Cue.Lemma, hit.Withheld));
                continue;
            }

            if (TrailingFrame(info) is { } trailing)
            {
                // "Budapest would now back the rollover, he said.": the frame at the end names the speaker; "Budapest" is what was said.
                added.Add(Reported(layout, quotes, claimed, NounPhraseParser.Mention(t, trailing.Subject!.Value, layout.Text), sentence.Start, sentence.End, trailing.Cue.Lemma, trailing.Withheld));
                continue;
            }

            if (valid.Count == 0)
            {
                // "“We are not at peace yet,” Scholz said, according to a spokesman": the quote's speaker already has it.
                var according = info.Hits.Any(h => h.Used) && QuoteBeforeAccordingTo(info.Tokens) ? null : AccordingTo(info, layout.Text);
                if (according is { } source)
                {
                    added.Add(Reported(layout, quotes, claimed, source, sentence.Start, sentence.End, "according to", false));
                    continue;
                }
                DirectQuoteFinder.FollowOn(layout, infos, quotes, claimed, info, direct, added);
                continue;
            }

            var current = valid[0];
            // "Fico blocked the package, while Orban refused to back the conclusions": Orban's words begin at his clause.
            var clauseStart = OwnClauseStart(t, current.Subject!.Value) ?? sentence.Start;
            // "As Ustenko noted, Kyiv would welcome new sanctions": all after an "as X said" frame is what X said.
            var framedByAs = valid[0].Subject!.Value.First > 0 && t[valid[0].Subject!.Value.First - 1].Is("as");
            foreach (var hit in framedByAs ? [] : valid.Skip(1))
            {
                var np = hit.Subject!.Value;
                if (np.First == np.Last && SpeakerWords.Pronouns.Contains(t[np.First].Text))
                {
                    continue; // "Memon said she believed ...": embedded in the first clause
                }
                var boundary = np.First - 1;
                while (boundary > current.Index && ClauseWords.Contains(t[boundary].Text))
                {
                    boundary--;
                }
                if (boundary <= current.Index || t[boundary].Text is not ("," or ";") || string.Equals(SubjectText(t, np), SubjectText(t, current.Subject!.Value), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                added.Add(Reported(layout, quotes, claimed, NounPhraseParser.Mention(t, current.Subject!.Value, layout.Text), clauseStart, t[boundary].Start, current.Cue.Lemma, current.Withheld));
                clauseStart = t[np.First].Start;
                current = hit;
            }
            added.Add(Reported(layout, quotes, claimed, NounPhraseParser.Mention(t, current.Subject!.Value, layout.Text), clauseStart, sentence.End, current.Cue.Lemma, current.Withheld));
        }
        statements.AddRange(added);
    }

    /// <summary>
    /// Where the speaker's clause starts when another clause, joined by ", while", ", but", ", and" or ";", comes before
    /// it in the sentence; null when the subject opens the sentence or only a frame ("On Monday,") comes before it.
    /// </summary>
    private static int? OwnClauseStart(List<Token> t, NounPhrase subject)
    {
        // "..., and we discussed that policy": in a speaker's own words the clause before is theirs too.
        if (IsFirstOrSecondPerson(t[subject.First]))
        {
            return null;
        }
        var i = subject.First - 1;
        // "While most countries back it, Germany and the U.S. oppose it": the opening clause sets others against them.
        // Not "While discussing energy, the leader reaffirmed ...": that clause is the occasion, not someone else's view.
        if (i > 1 && t[i].Text == "," && t[0].IsWord && ContrastOpeners.Contains(t[0].Text) && !t[1].Text.EndsWith("ing", StringComparison.Ordinal)
            && !OccasionPrepositions.Contains(t[1].Text) && !t.Take(i).Any(x => x.InQuote || x.Kind == TokenKind.QuoteMark))
        {
            return t[subject.First].Start;
        }
        // Not "as": in "Talks resumed, as Macron said they would" what was said comes before.
        if (i < 0 || !(ClauseWords.Contains(t[i].Text) && !t[i].Is("as") || t[i].Text == ";"))
        {
            return null;
        }
        var joint = t[i].Text == ";" ? i : i - 1;
        if (joint < 3 || (t[i].Text != ";" && t[joint].Text != ",") || t.Take(joint).Count(x => x.IsWord) < 4 || t.Take(joint).Any(x => x.InQuote || x.Kind == TokenKind.QuoteMark))
        {
            return null;
        }
        return t[subject.First].Start;
    }

    /// <summary>
    /// "Macron agreed, saying a truce was the best way": a participle after a comma speaks with the subject of the clause
    /// it hangs from, where the finder left it without one.
    /// </summary>
    private static CueHit WithClauseSubject(SentenceCues info, CueHit hit)
    {
        var t = info.Tokens;
        if (hit.Subject is not null || hit.Used || hit.Cue.Form != CueForm.Participle || hit.Cue.Kind != CueKind.Speech
            || hit.Index < 2 || !CueHitFinder.IsClauseBreak(t[hit.Index - 1]) || CueHitFinder.MainSubject(info, hit.Index) is not { } subject)
        {
            return hit;
        }
        // "Thank you very much", "Exactly two weeks ago": a capitalised opening word followed by no verb is no subject.
        if (subject.Last + 1 < t.Count && t[subject.Last + 1].Text is "you" or "me" or "us" or "them" or "him" or "her" or "it" or "the" or "a" or "an"
            or "of" or "two" or "three" or "four" or "five"
            || t[subject.First].Text.EndsWith("ly", StringComparison.Ordinal)
            || (hit.Index + 1 < t.Count && t[hit.Index + 1].Text is "and" or "or" or "," or "."))
        {
            return hit; // "complicated, demanding and perilous": an adjective in a list, not a participle of saying
        }
        return new CueHit(hit.Index, hit.Cue, subject, hit.Withheld);
    }

    /// <summary>A verb of saying closing the sentence after a comma, with only its subject between: "..., he said." / "..., Szijjarto told reporters."</summary>
    private static CueHit? TrailingFrame(SentenceCues info)
    {
        var t = info.Tokens;
        foreach (var hit in info.Hits)
        {
            if (hit.Used || hit.Cue.Kind != CueKind.Speech || hit.Subject is not { } np || np.First < 3 || t[np.First - 1].Text != ",")
            {
                continue;
            }
            var rest = t.Skip(hit.End).Where(x => x.IsWord).ToList();
            var closes = rest.Count == 0 || (rest.Count <= 2 && rest.All(x => x.Is("reporters") || x.Is("journalists") || x.Is("later") || x.Is("today")));
            if (closes && t[^1].Text is "." or "!" or "?" && t.Take(np.First - 1).Count(x => x.IsWord) >= 3 && !t.Take(np.First).Any(x => x.InQuote || x.Kind == TokenKind.QuoteMark))
            {
                return hit;
            }
        }
        return null;
    }

    private static string SubjectText(List<Token> t, NounPhrase np) => string.Join(' ', t.Skip(np.First).Take(np.Last - np.First + 1).Select(x => x.Text));

    private static bool HasComplement(SentenceCues info, CueHit hit, List<QuoteSpan> quotes)
    {
        var t = info.Tokens;
        var next = hit.End < t.Count ? t[hit.End] : (Token?)null;
        switch (hit.Cue.Kind)
        {
            case CueKind.FrameOnly:
                return false;
            case CueKind.Naming:
                return quotes.Any(q => q.Start > t[hit.Index].Start && q.Start < info.Sentence.End) || NamesAnEvaluation(t, hit.End);
            case CueKind.Position:
                return next is { } n && (n.IsWord && !OnlyAdverbsToTheEnd(t, hit.End) || n.Kind == TokenKind.QuoteMark)
                    || (ObjectlessActs.Contains(hit.Cue.Lemma) && OnlyAdverbsToTheEnd(t, hit.End) && !SpeaksForThemselves(t, hit.Subject!.Value));
            case CueKind.Belief:
                return next is { } b && (b.IsWord || b.Kind == TokenKind.QuoteMark);
            default:
                return next is { } m && m.Text is not ("." or "!" or "?" or ")");
        }
    }

    /// <summary>
    /// Position acts complete without an object, whose object is the proposal just mentioned: "But again and again Putin
    /// has refused." The classifier takes the topic from the sentence before.
    /// </summary>
    private static readonly FrozenSet<string> ObjectlessActs = WordSet.Of("refuse reject accept agree disagree");

    private static readonly FrozenSet<string> ClosingAdverbs = WordSet.Of("again outright flatly so too repeatedly once more twice immediately");

    /// <summary>
    /// "I agree." and "as we had agreed" answer the words around them: a first or second person assenting is part of
    /// what they say, not a position act of their own.
    /// </summary>
    private static bool SpeaksForThemselves(List<Token> t, NounPhrase subject) =>
        subject.First == subject.Last && IsFirstOrSecondPerson(t[subject.First]);

    private static bool IsFirstOrSecondPerson(Token token) => token.Is("i") || token.Is("we") || token.Is("you");

    /// <summary>True when nothing but adverbs ("again and again", "outright") follows the cue to the sentence's end.</summary>
    private static bool OnlyAdverbsToTheEnd(List<Token> t, int after)
    {
        var i = after;
        while (i < t.Count && (ClosingAdverbs.Contains(t[i].Text) || t[i].Is("and")))
        {
            i++;
        }
        return i >= t.Count || (i == t.Count - 1 && t[i].Text is "." or "!");
    }

    /// <summary>Words that make "called X ..." a judgement rather than a phone call or a summons.</summary>
    private static readonly FrozenSet<string> EvaluationWords = WordSet.Of(
        "unacceptable unrealistic premature dangerous mistake absurd illegal reckless counterproductive failure dead-end " +
        "provocation unfair vital essential crucial important necessary priority constructive useful productive positive " +
        "encouraging welcome ridiculous nonsense threat escalation non-starter irresponsible unjustified theft piracy " +
        "realistic unworkable impossible possible effective ineffective pointless dead unthinkable inevitable step " +
        "breakthrough disaster catastrophe error insult blackmail bluff");

    /// <summary>
    /// "called the idea unrealistic", "called the plan a dead end": a judgement word within the object's few words
    /// after the cue, in the same clause.
    /// </summary>
    private static bool NamesAnEvaluation(List<Token> t, int after)
    {
        if (after >= t.Count || t[after].Text is "on" or "upon" or "off" or "for" or "in" or "out" or "up" or "back")
        {
            return false;
        }
        for (var i = after; i < t.Count && i < after + 8; i++)
        {
            if (t[i].Text is "," or ";" or "." || t[i].Is("and") || t[i].Is("to"))
            {
                return false;
            }
            if (EvaluationWords.Contains(t[i].Text))
            {
                return i > after; // an object comes first: "called the idea unrealistic"
            }
        }
        return false;
    }

    private static StatementCandidate Reported(TextLayout layout, List<QuoteSpan> quotes, HashSet<int> claimed, SpeakerMention speaker, int start, int end, string cue, bool withheld)
    {
        var text = layout.Text;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }
        var kind = StatementKind.Indirect;
        for (var k = LayoutPositions.FirstQuoteFrom(quotes, start); k < quotes.Count && quotes[k].Start < end; k++)
        {
            var q = quotes[k];
            {
                // A quote inside reported speech makes it mixed; one running on past the sentence takes the statement along.
                kind = StatementKind.Mixed;
                claimed.Add(k);
                if (q.End > end)
                {
                    end = q.End;
                }
            }
        }
        return new StatementCandidate(speaker, kind, start, end, text[start..end], cue, withheld, false, LayoutPositions.ParagraphAt(layout, start));
    }

    /// <summary>True when a quotation mark comes before "according to" in the sentence: the quote, framed, is said already.</summary>
    private static bool QuoteBeforeAccordingTo(List<Token> t)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (t[i].Kind == TokenKind.QuoteMark)
            {
                return true;
            }
            if (!t[i].InQuote && ReportingCues.IsAccordingTo(t, i))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"According to X, ..." / "..., according to X."</summary>
    private static SpeakerMention? AccordingTo(SentenceCues info, string body)
    {
        var t = info.Tokens;
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (!t[i].InQuote && ReportingCues.IsAccordingTo(t, i))
            {
                var limit = i + 2;
                while (limit < t.Count && !t[limit].InQuote && t[limit].Text is not ("." or ";"))
                {
                    limit++;
                }
                if (NounPhraseParser.ParseForward(t, i + 2, limit) is { } np)
                {
                    return NounPhraseParser.Mention(t, np, body);
                }
            }
        }
        return null;
    }
}
