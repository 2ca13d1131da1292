using System.Text.RegularExpressions;

namespace StanceTracker.Core.Classification;

/// <summary>
/// Hand-written stance cue features: counts of support / open / neutral / oppose cues with negation scope flipping
/// ("will not support" counts as oppose, "not ruling out" as open), conditionals ("only if", "provided", "once a
/// ceasefire"), hedges ("in principle", "might consider") and reversal verbs ("lift", "ease", "pause") that turn a
/// directed proposition around. The learner weighs them; they are features, not rules.
/// </summary>
public static partial class StanceCues
{
    /// <summary>Length of the vector <see cref="Extract"/> returns.</summary>
    public const int Count = 17;

    public static readonly IReadOnlyList<string> Names =
    [
        "support", "open", "neutral", "oppose", "negated-support", "negated-oppose", "conditional", "hedge",
        "reversal", "negated-reversal", "support+reversal", "oppose+reversal", "question", "quote",
        "background-support", "background-oppose", "change-marker",
    ];

    private enum Cue { Support, Open, Neutral, Oppose, Reversal, Conditional, Hedge }

    private static readonly (string Phrase, Cue Cue)[] Lexicon = BuildLexicon();

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "nor", "neither", "without", "cannot", "hardly", "refuse", "refused", "refuses", "refusing",
        "declined", "declines", "rejected", "rejects", "reject", "against",
    };

    private static (string, Cue)[] BuildLexicon()
    {
        var list = new List<(string, Cue)>();
        void Add(Cue cue, string words)
        {
            foreach (var phrase in words.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add((phrase, cue));
            }
        }
        Add(Cue.Support, "support, supports, supported, supporting, back, backs, backed, backing, welcome, welcomes, welcomed, "
            + "welcoming, ready, willing, call for, calls for, called for, calling for, urge, urges, urged, must, vital, essential, "
            + "commit, commits, committed, pledge, pledges, pledged, endorse, endorsed, endorses, favour, favours, favor, favors, "
            + "agree, agrees, agreed, accept, accepts, accepted, approve, approves, approved, insist, insisted, insists, demand, "
            + "demanded, demands, crucial, should, will send, step up, tighten, tightened, strengthen, increase, more, continue, "
            + "constructive, important step, first step, key, necessary, need, needs, needed, advocate, advocated, praised, "
            + "hailed, priority, determined, stand with, stands with, keep up, maintain, stay in place, remain in place");
        Add(Cue.Open, "might, may, could, consider, considers, considering, considered, open to, possibly, perhaps, "
            + "in principle, explore, exploring, not excluded, depends, would be prepared, prepared to look, nuances, questions, "
            + "in theory, potentially");
        Add(Cue.Conditional, "if, only if, provided, provided that, once, as long as, on condition, unless, subject to, "
            + "conditions, conditional, as soon as, when the time, after a ceasefire, once a ceasefire");
        Add(Cue.Hedge, "not rule out, not ruling out, not ruled out, not rule it out, not exclude, nothing is excluded, "
            + "in principle, might consider, could consider, open to, we will see, too early");
        Add(Cue.Neutral, "discussed, discuss, discussing, agenda, consult, consulted, declined to comment, no comment, talked, "
            + "raised, mentioned, noted, reviewed, briefed, met, meeting, spoke, asked about, said nothing, will study, "
            + "examine, examining, update, informed");
        Add(Cue.Oppose, "oppose, opposes, opposed, opposing, reject, rejects, rejected, rejecting, rule out, rules out, "
            + "ruled out, ruling out, unacceptable, premature, veto, vetoed, vetoes, block, blocked, blocks, blocking, against, "
            + "warn, warned, warns, warning, dismiss, dismissed, dismisses, risky, dangerous, ineffective, no place, threat, "
            + "threaten, threatens, red line, refuse, refused, refuses, condemn, condemned, criticised, criticized, non-starter, "
            + "non starter, impossible, unrealistic, mistake, provocation, escalation, never, no way, out of the question, "
            + "absurd, illegal, theft, reckless, counterproductive, least effective, not fair, excluded, objections, objected, "
            + "resist, resisted, slammed, denounced");
        Add(Cue.Reversal, "lift, lifts, lifted, lifting, ease, eases, eased, easing, relax, relaxed, relaxing, scrap, scrapped, "
            + "end, ending, halt, halted, halting, pause, paused, pausing, suspend, suspended, cut, cuts, reduce, reduced, "
            + "withdraw, withdrawn, drop, dropped, roll back, unfreeze, remove, removed, removing, stop, stopped, freeze");
        return list.OrderByDescending(p => p.Item1.Count(c => c == ' ')).ToArray();
    }

    /// <summary>Lower-case word tokens; "n't" becomes "not", "cannot" stays a negator.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var normalised = text.ToLowerInvariant().Replace('\u2019', '\'').Replace("won't", "will not").Replace("can't", "can not")
            .Replace("n't", " not");
        var tokens = new List<string>();
        foreach (Match m in TokenPattern().Matches(normalised))
        {
            tokens.Add(m.Value);
        }
        return tokens;
    }

    /// <summary>The cue feature vector (length <see cref="Count"/>), each count capped at 3.</summary>
    public static float[] Extract(string text)
    {
        var v = new float[Count];
        var tokens = Tokenize(text);
        var taken = new bool[tokens.Count];
        var background = BackgroundMask(tokens);
        var purpose = PurposeMask(tokens);
        foreach (var (start, length, cue) in Matches(tokens, taken))
        {
            if (purpose[start])
            {
                continue; // "a ceasefire, so that no more lives are lost": the aim's wording is not the speaker's stance
            }
            if (cue == Cue.Oppose && tokens[start] == "against" && !TakesASide(tokens, start))
            {
                continue; // "sanctions against Russia", "the war against Ukraine": a preposition, not a stance
            }
            var negated = IsNegated(tokens, start);
            if (background[start])
            {
                // "Orbán, who had blocked the package for weeks, said he now backed it": the old stance is context.
                if (cue == Cue.Support)
                {
                    v[negated ? 15 : 14]++;
                }
                else if (cue == Cue.Oppose)
                {
                    v[negated ? 14 : 15]++;
                }
                continue;
            }
            switch (cue)
            {
                case Cue.Support:
                    v[negated ? 3 : 0]++;
                    if (negated) { v[4]++; }
                    break;
                case Cue.Oppose:
                    v[negated ? 1 : 3]++;
                    if (negated) { v[5]++; }
                    break;
                case Cue.Open:
                    v[negated ? 3 : 1]++;
                    break;
                case Cue.Neutral:
                    v[2]++;
                    break;
                case Cue.Conditional when DefersToOthers(tokens, start + length):
                    break;
                case Cue.Conditional:
                    v[6]++;
                    v[1] += 0.5f;
                    break;
                case Cue.Hedge:
                    v[7]++;
                    v[1]++;
                    break;
                case Cue.Reversal:
                    v[negated ? 9 : 8]++;
                    break;
            }
            _ = length;
        }
        v[10] = Math.Min(v[0], v[8]);
        v[11] = Math.Min(v[3], v[8]);
        v[16] = ChangeMarkers(tokens);
        v[12] = text.Contains('?') ? 1 : 0;
        v[13] = text.IndexOfAny(['"', '\u201C', '\u201D']) >= 0 ? 1 : 0;
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = Math.Min(v[i], 3f);
        }
        return v;
    }

    /// <summary>Symbolic tokens for the cues that fired ("cue-oppose", "cue-negated-support"), for topic-interaction features.</summary>
    public static IEnumerable<string> Tokens(float[] cues)
    {
        for (var i = 0; i < Count; i++)
        {
            if (cues[i] > 0)
            {
                yield return "cue-" + Names[i];
            }
        }
    }

    private static IEnumerable<(int Start, int Length, Cue Cue)> Matches(IReadOnlyList<string> tokens, bool[] taken)
    {
        // Longest phrases first (the lexicon is sorted), each token used by one phrase of a category at most.
        var hits = new List<(int, int, Cue)>();
        var takenBy = new Dictionary<Cue, bool[]>();
        foreach (var (phrase, cue) in Lexicon)
        {
            var words = phrase.Split(' ');
            if (!takenBy.TryGetValue(cue, out var used))
            {
                used = takenBy[cue] = new bool[tokens.Count];
            }
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                var ok = true;
                for (var j = 0; j < words.Length && ok; j++)
                {
                    ok = !used[i + j] && tokens[i + j] == words[j];
                }
                if (!ok)
                {
                    continue;
                }
                for (var j = 0; j < words.Length; j++)
                {
                    used[i + j] = true;
                    taken[i + j] = true;
                }
                hits.Add((i, words.Length, cue));
            }
        }
        return hits;
    }

    /// <summary>
    /// Tokens of background clauses that tell what the speaker did before, not what they say now: a relative clause in
    /// the past perfect (", who had resisted ..."), a perfect participle (", having long argued ..."), "after weeks of ...".
    /// Each runs to the next clause break.
    /// </summary>
    private static bool[] BackgroundMask(IReadOnlyList<string> tokens) => ClauseMask(tokens, static (tokens, i) =>
        (i > 0 && tokens[i - 1] == "," && tokens[i] is "who" or "which" && i + 1 < tokens.Count && (tokens[i + 1] == "had" || (tokens[i + 1] is "has" && i + 2 < tokens.Count && tokens[i + 2] is "long" or "repeatedly")))
        || (tokens[i] == "having" && (i == 0 || tokens[i - 1] == ","))
        || (tokens[i] is "after" or "despite" && i + 2 < tokens.Count && tokens[i + 1] is "weeks" or "months" or "years" or "days" && tokens[i + 2] == "of"));

    /// <summary>
    /// Tokens of a purpose clause ("so that no more soldiers die", "to ensure that nobody is left behind", "in order
    /// that"), to the next clause break: its negations and wishes describe the aim, not the speaker's side.
    /// </summary>
    private static bool[] PurposeMask(IReadOnlyList<string> tokens) => ClauseMask(tokens, static (tokens, i) =>
        i + 1 < tokens.Count
        && ((tokens[i] == "so" && tokens[i + 1] is "that" or "no" or "nobody")
            || (tokens[i] == "to" && tokens[i + 1] == "ensure" && i + 2 < tokens.Count && tokens[i + 2] is "that" or "no" or "nobody")
            || (tokens[i] == "in" && tokens[i + 1] == "order" && i + 2 < tokens.Count && tokens[i + 2] == "that")));

    /// <summary>Marks the tokens from each place <paramref name="opens"/> accepts to the next clause break (",", ";", ".").</summary>
    private static bool[] ClauseMask(IReadOnlyList<string> tokens, Func<IReadOnlyList<string>, int, bool> opens)
    {
        var mask = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!opens(tokens, i))
            {
                continue;
            }
            var j = i;
            while (j < tokens.Count && tokens[j] is not ("," or ";" or "."))
            {
                mask[j++] = true;
            }
            i = j;
        }
        return mask;
    }

    /// <summary>
    /// "If they want to, fine", "if the Nordics decide to go in, we back them": a condition that leaves the choice to
    /// others states no condition of the speaker's own, so it does not make the stance tentative.
    /// </summary>
    private static bool DefersToOthers(IReadOnlyList<string> tokens, int after)
    {
        for (var i = after; i < tokens.Count && i < after + 5; i++)
        {
            if (tokens[i] is "," or ";" or "." or "not")
            {
                return false;
            }
            if (tokens[i] is "want" or "wants" or "wish" or "wishes" or "decide" or "decides" or "choose" or "chooses" or "prefer" or "prefers")
            {
                return i > after && tokens[i - 1] is not ("i" or "we");
            }
        }
        return false;
    }

    /// <summary>"He was against", "voted against", "firmly against": "against" as a side taken, not a preposition.</summary>
    private static bool TakesASide(IReadOnlyList<string> tokens, int at) =>
        at > 0 && tokens[at - 1] is "is" or "was" or "are" or "were" or "am" or "be" or "been" or "remain" or "remains"
            or "remained" or "stand" or "stands" or "stood" or "firmly" or "strongly" or "clearly" or "vote" or "votes"
            or "voted" or "voting" or "argued" or "argues" or "spoke" or "speaks" or "out" or "decided" or "all";

    /// <summary>Words that mark a stance as new: "now", "no longer", "anymore", "instead".</summary>
    private static float ChangeMarkers(IReadOnlyList<string> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "now" or "anymore" or "instead" || (tokens[i] == "longer" && i > 0 && tokens[i - 1] == "no"))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>A cue is negated when a negator stands within the three tokens before it (not across a clause break).</summary>
    private static bool IsNegated(IReadOnlyList<string> tokens, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            var t = tokens[i];
            if (t is "," or ";" or "but" or "." or ":")
            {
                return false;
            }
            if (Negators.Contains(t))
            {
                // "not" inside the cue phrase itself ("not rule out") is handled by the hedge lexicon.
                return tokens[start] != "not";
            }
        }
        return false;
    }

    [GeneratedRegex(@"[a-z0-9]+(?:-[a-z0-9]+)*|[,;:.]")]
    private static partial Regex TokenPattern();
}
