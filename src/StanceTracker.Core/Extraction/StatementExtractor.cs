using System.Collections.Frozen;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>The statements of one article and the layout they were found in.</summary>
public sealed record ExtractionResult(TextLayout Layout, IReadOnlyList<StatementCandidate> Statements);

/// <summary>
/// Finds statements and the phrases naming their speakers, by rule: direct quotes with their frames ("...," X said /
/// X said: "..." / said X), quotes continued over paragraphs and follow-on quote paragraphs, reported speech and
/// position acts around a reporting cue (<see cref="ReportingCues"/>), "according to X", and headline attributions.
/// Only sentences with a cue and a subject that can speak become statements: precision matters more than volume.
/// Stateless and thread-safe.
/// </summary>
public sealed class StatementExtractor
{
    /// <summary>Changes whenever the rules change, so stored statements say what found them.</summary>
    public const string Version = "rules-3";

    private static readonly FrozenSet<string> Auxiliaries = Set(
        "has have had will would did does do could can may might must should shall also later previously then reportedly publicly again " +
        "already recently earlier once still just only repeatedly personally explicitly firmly strongly flatly initially subsequently " +
        "today yesterday separately further mistakenly not n't never now even since all both no longer");

    private static readonly FrozenSet<string> Negations = Set("not n't never");

    private static readonly FrozenSet<string> BeForms = Set("is are was were been be being am");

    private static readonly FrozenSet<string> WithholdingGovernors = Set("declined refused failed hesitated declines refuses fails declining refusing");

    private static readonly FrozenSet<string> Governors = Set(
        "declined refused failed hesitated declines refuses fails wanted wants continued continues went appeared appears seemed seems " +
        "sought seeks tried tries used expected going set able willing prepared ready decided decides chose");

    private static readonly FrozenSet<string> Determiners = Set("the a an one some these those his her their its our both several many two three four five this that another each every any");

    private static readonly FrozenSet<string> NameConnectors = Set("of for on to de del da di van von der den ter al el bin ibn le la du dos das y and &");

    /// <summary>Particles that belong to a surname, even leading it: "Ursula von der Leyen", "Von der Leyen said", "De Wever said".</summary>
    private static readonly FrozenSet<string> SurnameParticles = Set("de del della da di van von der den ter le la du dos das al el");

    private static readonly FrozenSet<string> ClauseWords = Set("while whereas but and although though as");

    private static readonly FrozenSet<string> GenericHeadlineWords = Set(
        "reports report update breaking exclusive watch live opinion analysis video photos explainer factbox comment editorial review " +
        "interview timeline q&a in pictures");

    private static readonly FrozenSet<string> BlockedPrecedents = Set("of by than from with into about against among between like in at on for to over under across via through within");

    private static readonly FrozenSet<string> PluralSubjects = Set("they we i you police media people");

    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly record struct Np(int First, int Last, string? Description);

    private sealed class Hit(int index, CueMatch cue, Np? subject, bool withheld)
    {
        public int Index { get; } = index;

        public CueMatch Cue { get; } = cue;

        public Np? Subject { get; } = subject;

        public bool Withheld { get; } = withheld;

        public bool Used { get; set; }

        public int End => Index + Cue.Length;
    }

    private sealed class SentenceInfo(Sentence sentence, List<Token> tokens)
    {
        public Sentence Sentence { get; } = sentence;

        public List<Token> Tokens { get; } = tokens;

        public List<Hit> Hits { get; } = [];
    }

    /// <param name="includeTitle">Whether headlines that attribute a claim ("... – Tusk", "Kremlin: ...") count as statements.</param>
    public StatementExtractor(bool includeTitle = true) => IncludeTitle = includeTitle;

    public bool IncludeTitle { get; }

    public ExtractionResult Extract(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var layout = TextLayout.Analyse(body);
        var quotes = layout.Quotes.Where(q => q.Depth == 0).ToList();
        var infos = new SentenceInfo[layout.Sentences.Count];
        for (var s = 0; s < infos.Length; s++)
        {
            var sentence = layout.Sentences[s];
            var info = new SentenceInfo(sentence, Tokenizer.Tokenize(body, sentence.Start, sentence.End, quotes));
            FindHits(info.Tokens, info.Hits, ignoreCase: false);
            infos[s] = info;
        }

        var statements = new List<StatementCandidate>();
        var claimed = new HashSet<int>();
        FindDirectQuotes(layout, infos, quotes, statements, claimed);
        FindReportedSpeech(layout, infos, quotes, statements, claimed);
        statements.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (IncludeTitle)
        {
            statements.InsertRange(0, TitleStatements(title));
        }
        return new ExtractionResult(layout, statements);
    }

    // ---- cues and subjects ----

    private static void FindHits(List<Token> tokens, List<Hit> hits, bool ignoreCase)
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
                hits.Add(new Hit(i, cue, subject, withheld));
            }
            i += cue.Length - 1;
        }
    }

    /// <summary>The phrase naming who speaks, read backwards from the cue; null when there is none (participles, passives).</summary>
    private static Np? FindSubject(List<Token> t, int cueIndex, int lo, CueMatch cue, out bool withheld, out bool rejected)
    {
        withheld = false;
        rejected = false;
        var j = cueIndex - 1;
        if (cue.Form == CueForm.Base)
        {
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
                || PluralSubjects.Contains(t[j].Text) || (t[j].IsWord && t[j].Text.Length > 3 && t[j].Text.EndsWith('s') && !IsCue(t, j)))))
            {
                // Present tense after a plural subject looks like the base form: "Officials tell", "They claim".
                rejected = true;
                return null;
            }
        }
        if (cue.Form == CueForm.Participle)
        {
            // "with Boswell stating:", "Trump ..., saying": only a name right before counts; else the clause subject applies.
            if (j >= lo && (IsNameLike(t[j]) && !SpeakerWords.NonNameCapitals.Contains(t[j].Text) || SpeakerWords.SpeakerNouns.Contains(t[j].Text)))
            {
                return ParseNpBackward(t, j, lo, null, absolute: true);
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
            var k = j - 1;
            while (k >= lo && k > j - 20 && t[k].Text != "," && t[k].Kind != TokenKind.QuoteMark)
            {
                k--;
            }
            if (k < lo || k >= j - 1 || t[k].Text != ",")
            {
                return null;
            }
            var first = t[k + 1];
            var lastInner = t[j - 1];
            if (!(Determiners.Contains(first.Text) || (first.IsWord && char.IsLower(first.Text[0])) || first.Is("who") || SpeakerWords.TitleWords.Contains(first.Text)
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
        if (t[j].Is("who") && j - 1 >= lo && t[j - 1].Text == ",")
        {
            j -= 2; // "Rubio, who met Lavrov, said" is handled above; "Rubio, who said" here
            if (j < lo)
            {
                return null;
            }
        }
        if (t[j].IsWord && SpeakerWords.Pronouns.Contains(t[j].Text))
        {
            return new Np(j, j, description);
        }
        return ParseNpBackward(t, j, lo, description);
    }

    private static bool IsCue(List<Token> t, int i) => ReportingCues.Match(t, i) is not null;

    /// <summary>Capitalised, or a name particle joined to a capitalised word: "al-Amr", "el-Sisi".</summary>
    internal static bool IsNameLike(Token token) =>
        token.IsCapitalised || (token.IsWord && token.Text.Length > 3 && token.Text[2] == '-' && char.IsUpper(token.Text[3]) && token.Text[..2] is "al" or "el" or "ad" or "as" or "an" or "ar" or "az");

    private static Np? ParseNpBackward(List<Token> t, int end, int lo, string? description, bool absolute = false)
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
        if (start > end)
        {
            return null;
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
                    return from - 1 < lo || t[from - 1].Text is "," or ";" || !t[from - 1].IsWord ? new Np(from, end, description) : null;
                }
                of = from - 1;
            }
            return null;
        }
        // An object of a preposition is no subject: "criticism by X" is not a statement; "with Boswell stating" is.
        if (start - 1 >= lo && BlockedPrecedents.Contains(t[start - 1].Text) && !t[start - 1].IsCapitalised && !absolute)
        {
            return null;
        }
        return new Np(start, end, description);
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
    private static Np? ParseNpForward(List<Token> t, int start, int limit)
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
                    return new Np(k, e - 1, string.Join(' ', t.Skip(start).Take(last - start + 1).Select(x => x.Text)));
                }
            }
        }
        return new Np(start, last, description);
    }

    private static SpeakerMention Mention(List<Token> t, Np np, string body)
    {
        var first = t[np.First];
        var last = t[np.Last];
        var text = body[first.Start..last.End];
        var kind = np.First == np.Last && SpeakerWords.Pronouns.Contains(first.Text) ? MentionKind.Pronoun : MentionKind.Name;
        return new SpeakerMention(text, first.Start, last.End, kind, np.Description);
    }

    /// <summary>The subject of the clause a participle hangs from: "Trump expressed disappointment ..., saying".</summary>
    private static Np? MainSubject(SentenceInfo info, int before)
    {
        foreach (var hit in info.Hits)
        {
            if (hit.Index < before && hit.Subject is { } subject)
            {
                return subject;
            }
        }
        var t = info.Tokens;
        var i = 0;
        if (t.Count > 0 && t[0].IsWord && (SpeakerWords.NonNameCapitals.Contains(t[0].Text) || t[0].Text.EndsWith("ing", StringComparison.Ordinal)) && !Determiners.Contains(t[0].Text))
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
        var np = ParseNpForward(t, i, before);
        return np is { } found && found.Last + 1 < t.Count && t[found.Last + 1].IsWord && char.IsLower(t[found.Last + 1].Text[0]) ? found : null;
    }

    // ---- direct quotes ----

    private static void FindDirectQuotes(TextLayout layout, SentenceInfo[] infos, List<QuoteSpan> quotes, List<StatementCandidate> statements, HashSet<int> claimed)
    {
        for (var qi = 0; qi < quotes.Count; qi++)
        {
            if (claimed.Contains(qi))
            {
                continue;
            }
            var quote = quotes[qi];
            var sa = SentenceAt(layout, quote.Start);
            var sb = SentenceAt(layout, Math.Max(quote.Start, quote.End - 1));
            if (sa < 0 || sb < 0)
            {
                continue;
            }
            var found = AfterFrame(infos[sb], quote, layout.Text) ?? BeforeFrame(infos[sa], quote, layout.Text);
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
            statements.Add(new StatementCandidate(frame.Mention, StatementKind.Direct, quote.ContentStart, end,
                layout.Text[quote.ContentStart..end], frame.Hit.Cue.Lemma, frame.Hit.Withheld, false, ParagraphAt(layout, quote.Start)));
        }
    }

    private readonly record struct Frame(SpeakerMention Mention, Hit Hit, Np Subject);

    /// <summary>"“...,” Lavrov said" / "“...,” said Ambassador Mohib" / "“...,” he remarked."</summary>
    private static Frame? AfterFrame(SentenceInfo info, QuoteSpan quote, string body)
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
        while (a < b && t[a].Text is "," or "\u2013" or "\u2014" or "-")
        {
            dashed |= t[a].Text != ",";
            a++;
        }
        if (a >= b)
        {
            return null;
        }
        if (dashed && ParseNpForward(t, a, b) is { } signed && signed.Last - signed.First < 5 && t[signed.First].IsCapitalised
            && (signed.Last + 1 >= b || t[signed.Last + 1].Text is "." or "," or ";"))
        {
            // "“So far, it's the Internet: 1, Scientology: 0.” - Matthew Ingram"
            return new Frame(Mention(t, signed, body), new Hit(a, new CueMatch("signed", CueKind.Speech, CueForm.Past, 0), signed, false), signed);
        }
        foreach (var hit in info.Hits)
        {
            if (hit.Index < a || hit.Index >= b || hit.Index - a > 12 || hit.Used || hit.Cue.Kind == CueKind.Naming)
            {
                continue;
            }
            if (hit.Index == a)
            {
                var np = ParseNpForward(t, hit.End, b);
                if (np is { } forward)
                {
                    return new Frame(Mention(t, forward, body), hit, forward);
                }
                return null;
            }
            if (hit.Subject is { } subject && subject.First == a)
            {
                return new Frame(Mention(t, subject, body), hit, subject);
            }
            return null;
        }
        return null;
    }

    /// <summary>"X said: “...”" / "Trump commented, “...”" / "Gomez said “I think ...”".</summary>
    private static Frame? BeforeFrame(SentenceInfo info, QuoteSpan quote, string body)
    {
        var t = info.Tokens;
        var qi = t.FindIndex(x => x.Start == quote.Start);
        if (qi < 0)
        {
            return null;
        }
        Hit? hit = null;
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
        var subject = hit.Subject ?? (hit.Cue.Form == CueForm.Participle ? MainSubject(info, hit.Index) : null);
        return subject is { } np ? new Frame(Mention(t, np, body), hit, np) : null;
    }

    /// <summary>Quotes that only punctuation or the frame separates from this one belong to the same statement.</summary>
    private static int ChainQuotes(TextLayout layout, SentenceInfo[] infos, List<QuoteSpan> quotes, int qi, HashSet<int> claimed, Hit? frameHit)
    {
        var end = quotes[qi].ContentEnd;
        var paragraph = ParagraphAt(layout, quotes[qi].End - 1);
        for (var k = qi + 1; k < quotes.Count; k++)
        {
            var next = quotes[k];
            if (ParagraphAt(layout, next.Start) != paragraph || claimed.Contains(k))
            {
                break;
            }
            var between = layout.Text[quotes[k - 1].End..next.Start];
            var words = between.Split([' ', ',', ':', ';', '.', '\u2013', '\u2014', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var frameOnly = frameHit is not null && words.Length <= 10 && between.TrimEnd().EndsWith(',')
                && SentenceAt(layout, quotes[k - 1].End) == SentenceAt(layout, next.Start)
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

    // ---- reported speech, mixed quotes, follow-on paragraphs ----

    private static void FindReportedSpeech(TextLayout layout, SentenceInfo[] infos, List<QuoteSpan> quotes, List<StatementCandidate> statements, HashSet<int> claimed)
    {
        var direct = statements.ToList();
        var added = new List<StatementCandidate>();
        foreach (var info in infos)
        {
            var t = info.Tokens;
            var sentence = info.Sentence;
            var usedSubjects = info.Hits.Where(h => h.Used && h.Subject is not null).Select(h => SubjectText(t, h.Subject!.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var valid = info.Hits.Where(h => !h.Used && h.Subject is not null && HasComplement(info, h, quotes)
                && !usedSubjects.Contains(SubjectText(t, h.Subject!.Value))).ToList();

            // A paragraph that only introduces the quote below it ("Obama tweeted using his @POTUS account:") is that quote's frame.
            if (valid.Count > 0 && t.Count > 0 && t[^1].Text == ":" && IsLastSentenceOfParagraph(layout, info.Sentence)
                && NextParagraphOpensWithQuote(layout, sentence.Paragraph, quotes, out var colonQuote) && !claimed.Contains(colonQuote))
            {
                var hit = valid[0];
                claimed.Add(colonQuote);
                var end = ChainQuotes(layout, infos, quotes, colonQuote, claimed, null);
                added.Add(new StatementCandidate(Mention(t, hit.Subject!.Value, layout.Text), StatementKind.Direct, quotes[colonQuote].ContentStart, end,
                    layout.Text[quotes[colonQuote].ContentStart..end], hit.Cue.Lemma, hit.Withheld, false, ParagraphAt(layout, quotes[colonQuote].Start)));
                continue;
            }

            if (valid.Count > 0 && t.Count > 0 && t[^1].Text == ":" && IsLastSentenceOfParagraph(layout, info.Sentence)
                && sentence.Paragraph + 1 < layout.Paragraphs.Count && valid.Count == 1)
            {
                // "the Church denied these allegations:" — what they said is the next paragraph.
                var hit = valid[0];
                var nextParagraph = layout.Paragraphs[sentence.Paragraph + 1];
                added.Add(Reported(layout, quotes, claimed, Mention(t, hit.Subject!.Value, layout.Text), sentence.Start, nextParagraph.End, hit.Cue.Lemma, hit.Withheld));
                continue;
            }

            if (TrailingFrame(info) is { } trailing)
            {
                // "Budapest would now back the rollover, he said.": the frame at the end names the speaker; "Budapest" is what was said.
                added.Add(Reported(layout, quotes, claimed, Mention(t, trailing.Subject!.Value, layout.Text), sentence.Start, sentence.End, trailing.Cue.Lemma, trailing.Withheld));
                continue;
            }

            if (valid.Count == 0)
            {
                var according = AccordingTo(info, layout.Text);
                if (according is { } source)
                {
                    added.Add(Reported(layout, quotes, claimed, source, sentence.Start, sentence.End, "according to", false));
                    continue;
                }
                FollowOn(layout, infos, quotes, claimed, info, direct, added);
                continue;
            }

            var clauseStart = sentence.Start;
            var current = valid[0];
            foreach (var hit in valid.Skip(1))
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
                added.Add(Reported(layout, quotes, claimed, Mention(t, current.Subject!.Value, layout.Text), clauseStart, t[boundary].Start, current.Cue.Lemma, current.Withheld));
                clauseStart = t[np.First].Start;
                current = hit;
            }
            added.Add(Reported(layout, quotes, claimed, Mention(t, current.Subject!.Value, layout.Text), clauseStart, sentence.End, current.Cue.Lemma, current.Withheld));
        }
        statements.AddRange(added);
    }

    /// <summary>A verb of saying closing the sentence after a comma, with only its subject between: "..., he said." / "..., Szijjarto told reporters."</summary>
    private static Hit? TrailingFrame(SentenceInfo info)
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

    private static string SubjectText(List<Token> t, Np np) => string.Join(' ', t.Skip(np.First).Take(np.Last - np.First + 1).Select(x => x.Text));

    private static bool HasComplement(SentenceInfo info, Hit hit, List<QuoteSpan> quotes)
    {
        var t = info.Tokens;
        var next = hit.End < t.Count ? t[hit.End] : (Token?)null;
        switch (hit.Cue.Kind)
        {
            case CueKind.FrameOnly:
                return false;
            case CueKind.Naming:
                return quotes.Any(q => q.Start > t[hit.Index].Start && q.Start < info.Sentence.End);
            case CueKind.Position:
            case CueKind.Belief:
                return next is { } n && (n.IsWord || n.Kind == TokenKind.QuoteMark);
            default:
                return next is { } m && m.Text is not ("." or "!" or "?" or ")");
        }
    }

    private static StatementCandidate Reported(TextLayout layout, List<QuoteSpan> quotes, HashSet<int> claimed, SpeakerMention speaker, int start, int end, string cue, bool withheld)
    {
        var text = layout.Text;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }
        var kind = StatementKind.Indirect;
        for (var k = FirstQuoteFrom(quotes, start); k < quotes.Count && quotes[k].Start < end; k++)
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
        return new StatementCandidate(speaker, kind, start, end, text[start..end], cue, withheld, false, ParagraphAt(layout, start));
    }

    /// <summary>"According to X, ..." / "..., according to X."</summary>
    private static SpeakerMention? AccordingTo(SentenceInfo info, string body)
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
                if (ParseNpForward(t, i + 2, limit) is { } np)
                {
                    return Mention(t, np, body);
                }
            }
        }
        return null;
    }

    /// <summary>A paragraph opening with a quote that no frame claims, right after a statement: the same speaker goes on.</summary>
    private static void FollowOn(TextLayout layout, SentenceInfo[] infos, List<QuoteSpan> quotes, HashSet<int> claimed, SentenceInfo info, List<StatementCandidate> direct, List<StatementCandidate> added)
    {
        var paragraph = layout.Paragraphs[info.Sentence.Paragraph];
        var atParagraphStart = info.Sentence.Start == paragraph.Start;
        var opening = atParagraphStart ? OpeningQuote(layout, paragraph, quotes) : QuoteStartingAt(quotes, info.Sentence.Start);
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
        if (previous is null || ParagraphAt(layout, Math.Max(previous.Start, previous.End - 1)) < paragraph.Index - (atParagraphStart ? 1 : 0))
        {
            return;
        }
        claimed.Add(opening);
        var end = ChainQuotes(layout, infos, quotes, opening, claimed, null);
        added.Add(new StatementCandidate(new SpeakerMention(previous.Speaker.Text, quote.Start, quote.Start, MentionKind.FollowOn), StatementKind.Direct,
            quote.ContentStart, end, layout.Text[quote.ContentStart..end], "follow-on", false, false, paragraph.Index));
    }

    /// <summary>The quote opening a paragraph, after a list bullet if there is one; -1 if none.</summary>
    private static int OpeningQuote(TextLayout layout, Paragraph paragraph, List<QuoteSpan> quotes)
    {
        var text = layout.Text;
        var i = paragraph.Start;
        if (i < paragraph.End && text[i] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' or '\u00B7')
        {
            i++;
        }
        else
        {
            var d = i;
            while (d < paragraph.End && char.IsDigit(text[d]))
            {
                d++;
            }
            if (d > i && d < paragraph.End && text[d] is '.' or ')')
            {
                i = d + 1;
            }
        }
        while (i < paragraph.End && text[i] == ' ')
        {
            i++;
        }
        return QuoteStartingAt(quotes, i);
    }

    /// <summary>Index of the first quote opening at or after the offset (quotes are in order of their opening marks).</summary>
    private static int FirstQuoteFrom(List<QuoteSpan> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int QuoteStartingAt(List<QuoteSpan> quotes, int offset)
    {
        var k = FirstQuoteFrom(quotes, offset);
        return k < quotes.Count && quotes[k].Start == offset ? k : -1;
    }

    private static bool IsLastSentenceOfParagraph(TextLayout layout, Sentence sentence) =>
        sentence.Index + 1 >= layout.Sentences.Count || layout.Sentences[sentence.Index + 1].Paragraph != sentence.Paragraph;

    private static bool NextParagraphOpensWithQuote(TextLayout layout, int paragraph, List<QuoteSpan> quotes, out int quote)
    {
        quote = paragraph + 1 < layout.Paragraphs.Count ? OpeningQuote(layout, layout.Paragraphs[paragraph + 1], quotes) : -1;
        return quote >= 0;
    }

    // ---- headlines ----

    private static IEnumerable<StatementCandidate> TitleStatements(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
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
        var hits = new List<Hit>();
        FindHits(t, hits, ignoreCase: true);
        foreach (var hit in hits)
        {
            if (hit.Index > 0 && hit.Subject is { } np && hit.Cue.Kind is not (CueKind.FrameOnly or CueKind.Naming) && hit.End < t.Count && t[hit.End].IsWord
                && !GenericHeadlineWords.Contains(t[np.First].Text))
            {
                yield return TitleStatement(title, title[t[np.First].Start..t[np.Last].End], title, hit.Cue.Lemma, hit.Withheld);
                yield break;
            }
        }
    }

    private static StatementCandidate TitleStatement(string title, string speaker, string text, string cue, bool withheld = false) =>
        new(new SpeakerMention(speaker, -1, -1, MentionKind.Name), StatementKind.Indirect, 0, 0, text.Length > 0 ? text : title, cue, withheld, true, -1);

    // ---- positions ----

    private static int SentenceAt(TextLayout layout, int offset)
    {
        var sentences = layout.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    internal static int ParagraphAt(TextLayout layout, int offset)
    {
        var paragraphs = layout.Paragraphs;
        int lo = 0, hi = paragraphs.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (paragraphs[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
