using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>What a cue tells us about the words after it.</summary>
public enum CueKind
{
    /// <summary>A verb of saying: "said", "told reporters", "warned". Anything may follow.</summary>
    Speech,

    /// <summary>A position act without a verb of saying: "ruled out", "opposed", "welcomed". Needs an object.</summary>
    Position,

    /// <summary>A verb of belief or finding: "believes", "found", "thinks". Needs a clause after it.</summary>
    Belief,

    /// <summary>"called the meeting “...”": a statement only when a quotation follows.</summary>
    Naming,

    /// <summary>"She continued:" — a cue only as the frame of a direct quote.</summary>
    FrameOnly,
}

public enum CueForm
{
    Base,
    Present,
    Past,
    Participle,
}

/// <summary>A reporting cue found at a token: its lemma ("rule out"), kind, form and how many tokens it spans.</summary>
public sealed record CueMatch(string Lemma, CueKind Kind, CueForm Form, int Length);

/// <summary>
/// The reporting-verb lexicon: the GenderGapTracker and textacy lists, the diplomatic position verbs and the phrasal cues
/// from the shared reference, inflected here so that one lemma list drives every form.
/// </summary>
public static class ReportingCues
{
    private static readonly (CueKind Kind, string Lemmas)[] Lexicon =
    [
        (CueKind.Speech, "say state tell add warn insist argue urge claim assert explain note stress acknowledge admit announce confirm declare " +
            "suggest reiterate remark comment reply respond tweet write post emphasise emphasize underline underscore signal indicate predict " +
            "promise pledge vow threaten demand assure reassure complain contend maintain observe report reveal recall recommend propose " +
            "caution appeal mention express hint allege testify clarify highlight inform disclose quip retort exclaim conclude counter " +
            "email message affirm reaffirm restate stipulate specify describe tell update outline brief"),
        (CueKind.Position, "reject dismiss oppose back support endorse welcome praise condemn denounce criticise criticize refuse agree disagree " +
            "accept accuse blame defend veto deny advocate favour favor applaud slam decry hail discuss commit thank commend encourage"),
        (CueKind.Belief, "think believe feel fear hope worry estimate find learn rule doubt reckon"),
        (CueKind.Naming, "call"),
        (CueKind.FrameOnly, "continue speak begin ask answer"),
    ];

    // Particles that make a phrasal cue: "ruled out", "called for", "made clear", "pointed out".
    private static readonly (string Verb, string Particle, CueKind Kind)[] Phrasal =
    [
        ("rule", "out", CueKind.Position), ("call", "for", CueKind.Position), ("call", "on", CueKind.Position), ("call", "upon", CueKind.Position),
        ("make", "clear", CueKind.Speech), ("point", "out", CueKind.Speech), ("push", "for", CueKind.Position), ("press", "for", CueKind.Position), ("speak", "out", CueKind.Speech),
        ("hit", "out", CueKind.Speech), ("lash", "out", CueKind.Speech), ("push", "back", CueKind.Position), ("sign", "off", CueKind.Position),
        ("reflect", "on", CueKind.Speech), ("set", "out", CueKind.Speech),
    ];

    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["say"] = ["says", "said", "said", "saying"],
        ["tell"] = ["tells", "told", "told", "telling"],
        ["think"] = ["thinks", "thought", "thought", "thinking"],
        ["write"] = ["writes", "wrote", "written", "writing"],
        ["find"] = ["finds", "found", "found", "finding"],
        ["speak"] = ["speaks", "spoke", "spoken", "speaking"],
        ["make"] = ["makes", "made", "made", "making"],
        ["feel"] = ["feels", "felt", "felt", "feeling"],
        ["begin"] = ["begins", "began", "begun", "beginning"],
        ["hit"] = ["hits", "hit", "hit", "hitting"],
        ["learn"] = ["learns", "learned", "learnt", "learning"],
        ["admit"] = ["admits", "admitted", "admitted", "admitting"],
        ["commit"] = ["commits", "committed", "committed", "committing"],
        ["set"] = ["sets", "set", "set", "setting"],
        ["veto"] = ["vetoes", "vetoed", "vetoed", "vetoing"],
        ["signal"] = ["signals", "signalled", "signaled", "signalling", "signaling"],
        ["quip"] = ["quips", "quipped", "quipped", "quipping"],
        ["slam"] = ["slams", "slammed", "slammed", "slamming"],
        ["email"] = ["emails", "emailed", "emailed", "emailing", "e-mailed"],
        ["underline"] = ["underlines", "underlined", "underlined", "underlining"],
    };

    private static readonly FrozenDictionary<string, (string Lemma, CueKind Kind, CueForm Form)> Forms = BuildForms();

    private static readonly FrozenDictionary<string, (string Particle, CueKind Kind)[]> PhrasalByVerb =
        Phrasal.GroupBy(p => p.Verb).ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Particle, p.Kind)).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Lemma, CueForm Form)> PhrasalVerbForms = BuildPhrasalVerbForms();

    /// <summary>The cue starting at token <paramref name="index"/>, or null. Case matters only for the first letter of titles.</summary>
    public static CueMatch? Match(IReadOnlyList<Token> tokens, int index, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var token = tokens[index];
        if (!token.IsWord || token.Text.Length < 2 || (!ignoreCase && char.IsUpper(token.Text[0])))
        {
            return null;
        }
        var word = token.Text.ToLowerInvariant();
        if (PhrasalVerbForms.TryGetValue(word, out var verb) && index + 1 < tokens.Count && PhrasalByVerb.TryGetValue(verb.Lemma, out var particles))
        {
            var next = tokens[index + 1];
            foreach (var (particle, kind) in particles)
            {
                if (next.Is(particle))
                {
                    return new CueMatch(verb.Lemma + " " + particle, kind, verb.Form, 2);
                }
            }
        }
        if (Forms.TryGetValue(word, out var form))
        {
            return new CueMatch(form.Lemma, form.Kind, form.Form, 1);
        }
        return null;
    }

    /// <summary>True for "according" in "according to": the source phrase that needs no verb.</summary>
    public static bool IsAccordingTo(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return index + 1 < tokens.Count && tokens[index].Is("according") && tokens[index + 1].Is("to");
    }

    public static IEnumerable<string> Lemmas => Lexicon.SelectMany(l => l.Lemmas.Split(' ')).Concat(Phrasal.Select(p => p.Verb + " " + p.Particle)).Distinct();

    private static FrozenDictionary<string, (string, CueKind, CueForm)> BuildForms()
    {
        var forms = new Dictionary<string, (string, CueKind, CueForm)>(StringComparer.Ordinal);
        foreach (var (kind, lemmas) in Lexicon)
        {
            foreach (var lemma in lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var (form, value) in Inflect(lemma))
                {
                    forms.TryAdd(form, (lemma, kind, value));
                }
            }
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (string, CueForm)> BuildPhrasalVerbForms()
    {
        var forms = new Dictionary<string, (string, CueForm)>(StringComparer.Ordinal);
        foreach (var verb in Phrasal.Select(p => p.Verb).Distinct())
        {
            foreach (var (form, value) in Inflect(verb))
            {
                forms.TryAdd(form, (verb, value));
            }
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal static IEnumerable<(string Form, CueForm Value)> Inflect(string lemma)
    {
        yield return (lemma, CueForm.Base);
        if (Irregular.TryGetValue(lemma, out var irregular))
        {
            yield return (irregular[0], CueForm.Present);
            yield return (irregular[1], CueForm.Past);
            yield return (irregular[2], CueForm.Past);
            foreach (var extra in irregular.Skip(3))
            {
                yield return (extra, extra.EndsWith("ing", StringComparison.Ordinal) ? CueForm.Participle : CueForm.Past);
            }
            yield break;
        }
        var last = lemma[^1];
        var beforeLast = lemma.Length > 1 ? lemma[^2] : ' ';
        var consonantY = last == 'y' && "aeiou".IndexOf(beforeLast, StringComparison.Ordinal) < 0;
        if (consonantY)
        {
            yield return (lemma[..^1] + "ies", CueForm.Present);
            yield return (lemma[..^1] + "ied", CueForm.Past);
            yield return (lemma + "ing", CueForm.Participle);
            yield break;
        }
        var sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal);
        yield return (sibilant || last == 'o' ? lemma + "es" : lemma + "s", CueForm.Present);
        if (last == 'e')
        {
            yield return (lemma + "d", CueForm.Past);
            yield return (lemma[..^1] + "ing", CueForm.Participle);
        }
        else
        {
            yield return (lemma + "ed", CueForm.Past);
            yield return (lemma + "ing", CueForm.Participle);
        }
    }
}
