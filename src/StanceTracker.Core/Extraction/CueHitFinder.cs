using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// Finds the reporting cues of a sentence (<see cref="ReportingCues"/>) and reads back from each the subject that speaks,
/// telling "declined to say" (withheld) from "was told" (a passive: no speaker) and "the report" (a noun: no cue).
/// </summary>
internal static class CueHitFinder
{
    private static readonly FrozenSet<string> Auxiliaries = WordSet.Of(
        "has have had will would did does do could can may might must should shall also later previously then reportedly publicly again " +
        "already recently earlier once still just only repeatedly personally explicitly firmly strongly flatly initially subsequently " +
        "today yesterday separately further mistakenly not n't never now even since all both no longer");

    private static readonly FrozenSet<string> Negations = WordSet.Of("not n't never");

    /// <summary>Modals of obligation and possibility: "Vilnius must confirm all this" prescribes or guesses, it reports nothing said.</summary>
    private static readonly FrozenSet<string> UnreportingModals = WordSet.Of("must should might may could ought");

    private static readonly FrozenSet<string> BeForms = WordSet.Of("is are was were been be being am");

    private static readonly FrozenSet<string> WithholdingGovernors = WordSet.Of("declined refused failed hesitated declines refuses fails declining refusing");

    private static readonly FrozenSet<string> Governors = WordSet.Of(
        "declined refused failed hesitated declines refuses fails wanted wants continued continues went appeared appears seemed seems " +
        "sought seeks tried tries used expected going set able willing prepared ready decided decides chose");

    private static readonly FrozenSet<string> PluralSubjects = WordSet.Of("they we i you police media people");

    internal static void FindHits(List<Token> tokens, List<CueHit> hits, bool ignoreCase)
    {
        var lo = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.InQuote || token.Kind == TokenKind.QuoteMark)
            {
                lo = i + 1;
                continue;
            }
            var cue = ReportingCues.Match(tokens, i, ignoreCase);
            if (cue is null)
            {
                continue;
            }
            var subject = FindSubject(tokens, i, lo, cue, out var withheld, out var rejected);
            if (!rejected)
            {
                hits.Add(new CueHit(i, cue, subject, withheld));
            }
            i += cue.Length - 1;
        }
    }

    /// <summary>The phrase naming who speaks, read backwards from the cue; null when there is none (participles, passives).</summary>
    private static NounPhrase? FindSubject(List<Token> t, int cueIndex, int lo, CueMatch cue, out bool withheld, out bool rejected)
    {
        withheld = false;
        rejected = false;
        var j = cueIndex - 1;
        if (cue.Form == CueForm.Base)
        {
            if (j >= lo && UnreportingModals.Contains(t[j].Text))
            {
                rejected = true;
                return null;
            }
            // A bare verb form is a noun ("the report", "a call") unless something governs it: "declined to say", "will not back".
            if (j >= lo && t[j].Is("to"))
            {
                j--;
                if (j >= lo && Governors.Contains(t[j].Text))
                {
                    withheld = WithholdingGovernors.Contains(t[j].Text);
                    j--;
                }
                else
                {
                    rejected = true;
                    return null;
                }
            }
            else if (!(j >= lo && (Auxiliaries.Contains(t[j].Text) || Negations.Contains(t[j].Text)
                || PluralSubjects.Contains(t[j].Text) || (t[j].IsWord && t[j].Text.Length > 3 && t[j].Text.EndsWith('s') && !IsCue(t, j))
                || (cue.Kind != CueKind.Belief && EndsCoordinatedNames(t, j, lo)))))
            {
                // Present tense after a plural subject looks like the base form: "Officials tell", "They claim".
                rejected = true;
                return null;
            }
        }
        if (cue.Form == CueForm.Participle)
        {
            // "with Boswell stating:", "Trump ..., saying": only a name right before counts; else the clause subject applies.
            if (j >= lo && (NounPhraseParser.IsNameLike(t[j]) && !SpeakerWords.NonNameCapitals.Contains(t[j].Text) || SpeakerWords.SpeakerNouns.Contains(t[j].Text)))
            {
                return NounPhraseParser.ParseBackward(t, j, lo, null, absolute: true);
            }
            if (j >= lo && BeForms.Contains(t[j].Text))
            {
                j--; // "is saying"
            }
            else
            {
                return null;
            }
        }
        var skippedAdverbial = false;
        while (j >= lo)
        {
            var word = t[j].Text;
            if (t[j].IsWord && (Auxiliaries.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]))))
            {
                if (Negations.Contains(word))
                {
                    withheld = true;
                }
                j--;
                continue;
            }
            if (t[j].IsWord && BeForms.Contains(word))
            {
                if (cue.Form == CueForm.Past)
                {
                    rejected = true; // passive: "was told", "had been denied"
                    return null;
                }
                j--;
                continue;
            }
            if (t[j].IsWord && WithholdingGovernors.Contains(word))
            {
                withheld = true;
                j--;
                continue;
            }
            if (!skippedAdverbial && AdverbialStart(t, j, lo) is { } start)
            {
                skippedAdverbial = true;
                j = start - 1;
                continue;
            }
            break;
        }
        if (j < lo)
        {
            return null;
        }
        string? description = null;
        if (t[j].Text == ",")
        {
            // "Hugh Hill, a doctor, said" / "Kirill Dmitriev, who heads the fund, said" / "the Kremlin, in a statement, said"
            var k = CommaBefore(t, j, lo, 20);
            if (k < 0 || k >= j - 1)
            {
                return null;
            }
            var first = t[k + 1];
            var lastInner = t[j - 1];
            if (k - 1 >= lo && j - 1 - k <= 4 && t.Skip(k + 1).Take(j - k - 1).All(x => x.IsCapitalised && x.IsWord)
                && t[k - 1].IsWord && char.IsLower(t[k - 1].Text[0])
                && (SpeakerWords.TitleWords.Contains(t[k - 1].Text) || (cue.Kind == CueKind.Speech && SpeakerWords.IsPersonLikeNoun(t[k - 1].Text))))
            {
                // "Ukraine's foreign minister, Andrii Sybiha, said": the name in the apposition speaks, the role before it describes.
                var roleStart = k - 1;
                while (roleStart - 1 >= lo && roleStart > k - 6 && (t[roleStart - 1].IsWord || t[roleStart - 1].Text is "'s" or "\u2019s"))
                {
                    roleStart--;
                }
                var roleText = string.Join(' ', t.Skip(roleStart).Take(k - roleStart).Select(x => x.Text));
                return NounPhraseParser.ParseBackward(t, j - 1, k + 1, roleText, absolute: true);
            }
            if (!(NounPhraseParser.Determiners.Contains(first.Text) || (first.IsWord && char.IsLower(first.Text[0])) || first.Is("who") || SpeakerWords.TitleWords.Contains(first.Text)
                || (lastInner.IsWord && char.IsLower(lastInner.Text[0]) && (SpeakerWords.TitleWords.Contains(lastInner.Text) || SpeakerWords.IsPersonLikeNoun(lastInner.Text)))))
            {
                return null;
            }
            if (!first.Is("who") && !first.Is("in"))
            {
                description = string.Join(' ', t.Skip(k + 1).Take(j - k - 1).Select(x => x.Text));
            }
            j = k - 1;
            if (j < lo)
            {
                return null;
            }
        }
        var relative = false;
        if (t[j].Is("who") && j - 1 >= lo && t[j - 1].Text == ",")
        {
            relative = true;
            j -= 2; // "Rubio, who met Lavrov, said" is handled above; "Rubio, who said" here
            if (j < lo)
            {
                return null;
            }
            // "Kaja Kallas, the EU's top diplomat, who said": the name before the apposition speaks, the apposition describes.
            var comma = CommaBefore(t, j, lo, 10);
            if (comma > lo && NounPhraseParser.Determiners.Contains(t[comma + 1].Text) && t[comma - 1].IsCapitalised
                && (SpeakerWords.TitleWords.Contains(t[j].Text) || SpeakerWords.IsPersonLikeNoun(t[j].Text)))
            {
                description ??= string.Join(' ', t.Skip(comma + 1).Take(j - comma).Select(x => x.Text));
                j = comma - 1;
            }
        }
        if (t[j].IsWord && SpeakerWords.Pronouns.Contains(t[j].Text))
        {
            return new NounPhrase(j, j, description);
        }
        // A relative clause's antecedent speaks even as a preposition's object: "criticism from Kallas, who said".
        return NounPhraseParser.ParseBackward(t, j, lo, description, absolute: relative && t[j].IsCapitalised);
    }

    /// <summary>
    /// "Germany and the U.S. oppose it": names joined by "and" make a plural subject, so the bare verb after them is one.
    /// A single name before it is not enough ("an EU support package"); a belief ("the citizens of Ukraine and Turkey
    /// feel") describes them rather than reports what they said.
    /// </summary>
    private static bool EndsCoordinatedNames(List<Token> t, int end, int lo)
    {
        if (!t[end].IsWord || !t[end].IsCapitalised)
        {
            return false;
        }
        for (var k = end - 1; k > lo && k >= end - 4; k--)
        {
            if (t[k].Is("and"))
            {
                // "I would like to emphasise that Russia and Argentina maintain ...": a clause inside someone's words.
                var first = k - 1;
                while (first - 1 >= lo && t[first - 1].IsWord && (t[first - 1].IsCapitalised || t[first - 1].Is("the")))
                {
                    first--;
                }
                return t[k - 1].IsWord && t[k - 1].IsCapitalised && !(first - 1 >= lo && t[first - 1].Is("that"));
            }
            if (!(t[k].IsWord && (t[k].IsCapitalised || t[k].Is("the"))))
            {
                return false;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> AdverbialOpeners = WordSet.Of("on in at last this earlier late during over via");

    /// <summary>Words that make a phrase between subject and verb a time or an occasion, not part of the subject.</summary>
    private static readonly FrozenSet<string> OccasionWords = WordSet.Of(
        "monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon evening night day " +
        "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
        "statement address interview speech post message remarks briefing conference call video broadcast appearance letter op-ed");

    /// <summary>
    /// Where a time or occasion phrase between the subject and its verb starts ("Tusk on Monday ruled out", "The Kremlin
    /// late on Wednesday rejected", "Zelensky in his nightly address said"); null when the words before the verb are no
    /// such phrase. At most six words, no punctuation, and a subject must come before it.
    /// </summary>
    private static int? AdverbialStart(List<Token> t, int end, int lo)
    {
        // The phrase ends in its time or occasion: "on Monday", "in his nightly address", "on Jan 20" (not "in 1938").
        if (end < lo || !(OccasionWords.Contains(t[end].Text) || (t[end].Text.Length <= 2 && t[end].Text.All(char.IsDigit))))
        {
            return null;
        }
        for (var k = end; k >= lo && k > end - 6; k--)
        {
            if (!t[k].IsWord)
            {
                return null;
            }
            if (AdverbialOpeners.Contains(t[k].Text) && char.IsLower(t[k].Text[0]))
            {
                // "earlier this month", "late on Tuesday": an opener may follow another.
                var start = k;
                while (start - 1 >= lo && AdverbialOpeners.Contains(t[start - 1].Text) && char.IsLower(t[start - 1].Text[0]))
                {
                    start--;
                }
                // "Germany's chancellor, Friedrich Merz, on Tuesday said": the apposition's comma comes before it.
                return start - 1 >= lo && (t[start - 1].IsWord || t[start - 1].Text == ",") ? start : null;
            }
        }
        return null;
    }

    /// <summary>The comma opening an inserted phrase that ends at <paramref name="before"/>, within <paramref name="within"/> tokens and no quotation mark; -1 when there is none.</summary>
    private static int CommaBefore(List<Token> t, int before, int lo, int within)
    {
        for (var k = before - 1; k >= lo && k >= before - within; k--)
        {
            if (t[k].Text == ",")
            {
                return k;
            }
            if (t[k].Kind == TokenKind.QuoteMark)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A comma or a dash before a participle: "Putin is trying to delay – saying ...".</summary>
    internal static bool IsClauseBreak(Token token) => token.Text is "," or "\u2013" or "\u2014" || (token.Kind == TokenKind.Punctuation && token.Text == "-");

    private static readonly FrozenSet<string> OpeningConjunctions = WordSet.Of("but and yet so or");

    private static bool IsCue(List<Token> t, int i) => ReportingCues.Match(t, i) is not null;

    /// <summary>The subject of the clause a participle hangs from: "Trump expressed disappointment ..., saying".</summary>
    internal static NounPhrase? MainSubject(SentenceCues info, int before)
    {
        foreach (var hit in info.Hits)
        {
            if (hit.Index < before && hit.Subject is { } subject)
            {
                return subject;
            }
        }
        var t = info.Tokens;
        // "But Putin is trying to delay, saying ...": a conjunction opening the sentence joins it to the last; the subject follows.
        var i = t.Count > 1 && t[0].IsWord && OpeningConjunctions.Contains(t[0].Text) && t[1].IsWord ? 1 : 0;
        if (i < t.Count && t[i].IsWord && (SpeakerWords.NonNameCapitals.Contains(t[i].Text) || t[i].Text.EndsWith("ing", StringComparison.Ordinal)) && !NounPhraseParser.Determiners.Contains(t[i].Text))
        {
            while (i < before && t[i].Text != ",")
            {
                i++;
            }
            i++;
        }
        if (i >= before)
        {
            return null;
        }
        var np = NounPhraseParser.ParseForward(t, i, before);
        return np is { } found && found.Last + 1 < t.Count && t[found.Last + 1].IsWord && char.IsLower(t[found.Last + 1].Text[0]) ? found : null;
    }
}
