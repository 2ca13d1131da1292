using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>Tokens <see cref="First"/> to <see cref="Last"/> of a sentence naming a speaker, with the appositive beside them ("a doctor"), if any.</summary>
internal readonly record struct NounPhrase(int First, int Last, string? Description);

/// <summary>
/// Reads the phrase naming a speaker: backwards from its verb ("Polish Prime Minister Donald Tusk said") or forwards
/// after a verb or "according to" ("said Ambassador Mohib", "according to the Kremlin").
/// </summary>
internal static class NounPhraseParser
{
    internal static readonly FrozenSet<string> Determiners = WordSet.Of("the a an one some these those his her their its our both several many two three four five this that another each every any");

    private static readonly FrozenSet<string> NameConnectors = WordSet.Of("of for on to de del da di van von der den ter al el bin ibn le la du dos das y and &");

    /// <summary>Particles that belong to a surname, even leading it: "Ursula von der Leyen", "Von der Leyen said", "De Wever said".</summary>
    private static readonly FrozenSet<string> SurnameParticles = WordSet.Of("de del della da di van von der den ter le la du dos das al el");

    private static readonly FrozenSet<string> BlockedPrecedents = WordSet.Of("of by than from with into about against among between like in at on for to over under across via through within");

    /// <summary>Capitalised, or a name particle joined to a capitalised word: "al-Amr", "el-Sisi".</summary>
    internal static bool IsNameLike(Token token) =>
        token.IsCapitalised || (token.IsWord && token.Text.Length > 3 && token.Text[2] == '-' && char.IsUpper(token.Text[3]) && token.Text[..2] is "al" or "el" or "ad" or "as" or "an" or "ar" or "az");

    /// <summary>A speaker phrase read backwards from its head word at <paramref name="end"/>: "Polish Prime Minister Donald Tusk", "the Irving Police Department".</summary>
    internal static NounPhrase? ParseBackward(List<Token> t, int end, int lo, string? description, bool absolute = false)
    {
        var head = t[end];
        if (!head.IsWord)
        {
            return null;
        }
        var headOk = (IsNameLike(head) && !SpeakerWords.NonNameCapitals.Contains(head.Text))
            || SpeakerWords.SpeakerNouns.Contains(head.Text) || head.Is("someone") || head.Is("somebody")
            || (char.IsLower(head.Text[0]) && SpeakerWords.IsPersonLikeNoun(head.Text));
        if (!headOk)
        {
            return null;
        }
        var j = end - 1;
        while (j >= lo)
        {
            var token = t[j];
            var text = token.Text;
            if ((token.IsCapitalised && !SpeakerWords.NonNameCapitals.Contains(text)) || (token.IsWord && SpeakerWords.OrganisationWords.Contains(text) && j + 1 <= end && SpeakerWords.OrganisationWords.Contains(t[j + 1].Text)))
            {
                j--;
                continue;
            }
            if (text is "'s" or "\u2019s" or "'S" or "\u2019S")
            {
                j--;
                continue;
            }
            if ((text is "-" or "&" || NameConnectors.Contains(text)) && j - 1 >= lo
                && (t[j - 1].IsCapitalised || t[j - 1].Text is "'s" or "\u2019s" || (SurnameParticles.Contains(text) && SurnameParticles.Contains(t[j - 1].Text))))
            {
                if (text == "and" && !(t[j + 1].IsCapitalised || Determiners.Contains(t[j + 1].Text)))
                {
                    break;
                }
                j--;
                continue;
            }
            if (text == "and" && j - 1 >= lo && (SpeakerWords.TitleWords.Contains(t[j - 1].Text) || SpeakerWords.SpeakerNouns.Contains(t[j - 1].Text)))
            {
                j--;
                continue;
            }
            if (token.IsWord && Determiners.Contains(text))
            {
                if (j - 2 >= lo && t[j - 1].Is("and") && (t[j - 2].IsCapitalised || SpeakerWords.SpeakerNouns.Contains(t[j - 2].Text)))
                {
                    j -= 2; // "the Irving Independent School District and the Irving Police Department"
                    continue;
                }
                j--;
                break;
            }
            if (token.IsWord && char.IsLower(text[0]) && (SpeakerWords.TitleWords.Contains(text) || SpeakerWords.IsPersonLikeNoun(text)
                || (j + 1 <= end && (SpeakerWords.TitleWords.Contains(t[j + 1].Text) || SpeakerWords.SpeakerNouns.Contains(t[j + 1].Text)) && IsAdjectiveLike(text))))
            {
                j--;
                continue;
            }
            break;
        }
        var start = j + 1;
        while (start < end && (NameConnectors.Contains(t[start].Text) || t[start].Text is "-" or "&") && !LeadsSurname(t, start, end))
        {
            start++;
        }
        if (start > end || t[start].Text is "'s" or "\u2019s" or "'S" or "\u2019S")
        {
            return null; // "the country's citizens": a common noun owns the head, no one is named
        }
        if (char.IsLower(head.Text[0]) && !SpeakerWords.SpeakerNouns.Contains(head.Text) && start == end)
        {
            return null; // a bare "-er" word ("longer", "later") is rarely a speaker; "the drafter" is
        }
        if (start - 1 >= lo && t[start - 1].Is("of") && !absolute)
        {
            // "Executive director of the Dallas chapter of the Council ... Alia Salem said": the head is further back.
            var of = start - 1;
            while (of >= lo && t[of].Is("of"))
            {
                var k = of - 1;
                while (k >= lo && k > of - 8 && t[k].IsWord && !Determiners.Contains(t[k].Text) && !t[k].Is("of") && !IsCue(t, k))
                {
                    k--;
                }
                var from = k >= lo && Determiners.Contains(t[k].Text) ? k : k + 1;
                if (from < of && t.Skip(from).Take(of - from).Any(x => SpeakerWords.TitleWords.Contains(x.Text) || SpeakerWords.IsPersonLikeNoun(x.Text)))
                {
                    return from - 1 < lo || t[from - 1].Text is "," or ";" || !t[from - 1].IsWord ? new NounPhrase(from, end, description) : null;
                }
                of = from - 1;
            }
            return null;
        }
        // "A spokesman for Chancellor Merz said": the one speaking for the named person, with the name to resolve by.
        if (start - 2 >= lo && t[start - 1].Is("for") && t[start - 2].Text is "spokesman" or "spokeswoman" or "spokesperson" or "aide" or "adviser" or "advisor")
        {
            var speaking = start - 2;
            return new NounPhrase(speaking - 1 >= lo && Determiners.Contains(t[speaking - 1].Text) ? speaking - 1 : speaking, end, description);
        }
        // An object of a preposition is no subject: "criticism by X" is not a statement; "with Boswell stating" is.
        if (start - 1 >= lo && BlockedPrecedents.Contains(t[start - 1].Text) && !t[start - 1].IsCapitalised && !absolute)
        {
            return null;
        }
        return new NounPhrase(start, end, description);
    }

    /// <summary>A capitalised particle opening a surname ("De Wever", "Von der Leyen"), not a stray connector.</summary>
    private static bool LeadsSurname(List<Token> t, int i, int end)
    {
        if (!t[i].IsCapitalised || !SurnameParticles.Contains(t[i].Text))
        {
            return false;
        }
        var next = i + 1;
        while (next < end && !t[next].IsCapitalised && SurnameParticles.Contains(t[next].Text))
        {
            next++;
        }
        return next <= end && t[next].IsCapitalised;
    }

    private static bool IsAdjectiveLike(string word) =>
        word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal)
        || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ary", StringComparison.Ordinal) || word.EndsWith("ior", StringComparison.Ordinal) || word is "top" or "former" or "new" or "chief" or "senior" or "local" or "former" or "deputy" or "acting";

    /// <summary>A speaker phrase read forwards: "said Ambassador Mohib", "according to the Afghan team's coach, Alireza Mehraban,".</summary>
    internal static NounPhrase? ParseForward(List<Token> t, int start, int limit)
    {
        var i = start;
        if (i < limit && Determiners.Contains(t[i].Text))
        {
            i++;
        }
        var last = -1;
        while (i < limit)
        {
            var token = t[i];
            var text = token.Text;
            if (token.IsCapitalised && !(SpeakerWords.NonNameCapitals.Contains(text) && last >= 0))
            {
                last = i++;
                continue;
            }
            if (text is "'s" or "\u2019s" && last >= 0)
            {
                last = i++;
                continue;
            }
            if ((NameConnectors.Contains(text) || text == "-") && last >= 0 && i + 1 < limit && (t[i + 1].IsCapitalised || t[i + 1].Is("the")))
            {
                i++;
                if (t[i].Is("the"))
                {
                    i++;
                }
                continue;
            }
            if (token.IsWord && char.IsLower(text[0]) && (SpeakerWords.TitleWords.Contains(text) || SpeakerWords.IsPersonLikeNoun(text)
                || (last >= 0 && SpeakerWords.OrganisationWords.Contains(text))))
            {
                last = i++;
                continue;
            }
            if (token.IsWord && char.IsLower(text[0]) && last < 0 && IsAdjectiveLike(text))
            {
                i++;
                continue;
            }
            break;
        }
        if (last < 0)
        {
            return null;
        }
        var head = t[last];
        if (!(head.IsCapitalised || SpeakerWords.SpeakerNouns.Contains(head.Text) || SpeakerWords.IsPersonLikeNoun(head.Text)))
        {
            return null;
        }
        // An appositive after the name: "said Smith, the foreign minister" / "the team's coach, Alireza Mehraban,".
        string? description = null;
        if (last + 2 < limit && t[last + 1].Text == ",")
        {
            var k = last + 2;
            var e = k;
            while (e < limit && t[e].Text is not ("," or "." or ";" or ":") && t[e].Kind != TokenKind.QuoteMark)
            {
                e++;
            }
            if (e > k && e - k <= 8)
            {
                var inner = t.Skip(k).Take(e - k).ToList();
                if (Determiners.Contains(inner[0].Text) || SpeakerWords.TitleWords.Contains(inner[0].Text))
                {
                    description = string.Join(' ', inner.Select(x => x.Text));
                }
                else if (inner.All(x => x.IsCapitalised || x.Text == "-") && inner.Count <= 4 && !t[start].IsCapitalised)
                {
                    // "the Afghan team's coach, Alireza Mehraban," — the name is the better mention; the phrase becomes its description.
                    return new NounPhrase(k, e - 1, string.Join(' ', t.Skip(start).Take(last - start + 1).Select(x => x.Text)));
                }
            }
        }
        return new NounPhrase(start, last, description);
    }

    internal static SpeakerMention Mention(List<Token> t, NounPhrase np, string body)
    {
        var first = t[np.First];
        var last = t[np.Last];
        var text = body[first.Start..last.End];
        var kind = np.First == np.Last && SpeakerWords.Pronouns.Contains(first.Text) ? MentionKind.Pronoun : MentionKind.Name;
        return new SpeakerMention(text, first.Start, last.End, kind, np.Description);
    }

    private static bool IsCue(List<Token> t, int i) => ReportingCues.Match(t, i) is not null;
}
