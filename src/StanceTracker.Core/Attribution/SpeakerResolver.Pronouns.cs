using StanceTracker.Core.Text;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Pronouns: "he", "she", "they" carry a statement over to someone named earlier, so this stage keeps track of who
/// was named and who was a clause's subject between statements, and of each person's gender, to pick the referent.
/// </summary>
public sealed partial class SpeakerResolver
{
    private static Entity? ResolvePronoun(ArticleState state, string pronoun)
    {
        var p = pronoun.ToLowerInvariant();
        var recent = state.Entities.Where(e => e.SeenInBody || state.Entities.Count == 1).OrderByDescending(e => e.LastSeen).Distinct().ToList();
        if (recent.Count == 0)
        {
            recent = [.. state.Entities];
        }
        var previous = state.Previous;
        if (p is "he" or "she")
        {
            var gender = p == "he" ? "m" : "f";
            bool Compatible(Entity e) => e.IsPerson && (e.Gender is null || e.Gender == gender);
            // The last speaker goes on speaking unless someone else fitting has been named since as a subject ("Putin" in
            // "he asked to meet Putin" does not take over); then the latest fitting person.
            var chosen = previous is not null && Compatible(previous) && (recent.Count == 0 || recent[0] == previous
                || recent.TakeWhile(e => e != previous).All(e => !Compatible(e) || (e.Gender is null && previous.Gender == gender) || e.LastSubject <= previous.LastSeen))
                ? previous
                : LatestSubjectSince(recent, previous, Compatible)
                    ?? recent.FirstOrDefault(e => e.IsPerson && e.Gender == gender && recent.TakeWhile(x => x != e).All(x => !Compatible(x)))
                    ?? recent.FirstOrDefault(Compatible);
            if (chosen is not null)
            {
                chosen.Gender ??= gender;
            }
            return chosen;
        }
        if (p is "they" or "it" or "we")
        {
            if (previous is not null && (!previous.IsPerson || previous.IsPlural))
            {
                return previous;
            }
            return recent.FirstOrDefault(e => !e.IsPerson || e.IsPlural);
        }
        // "I" outside a quotation: the author or the last speaker; the last speaker is the safer guess.
        return previous;
    }

    /// <summary>
    /// The fitting person who was last a clause's subject since the previous statement: in "Zelensky met Macron in Paris.
    /// He said ..." the one who met, not the one met, though Macron was named last.
    /// </summary>
    private static Entity? LatestSubjectSince(List<Entity> recent, Entity? previous, Func<Entity, bool> fits)
    {
        var since = previous?.LastSeen ?? 0;
        return recent.Where(e => fits(e) && e.LastSubject >= since && e.LastSubject >= 0 && e != previous)
            .OrderByDescending(e => e.LastSubject)
            .FirstOrDefault();
    }

    /// <summary>A name run in subject position: opening a sentence or clause (after a full stop, "and", "but", "while") and not after a preposition or verb.</summary>
    private static bool OpensClause(List<Token> tokens, int start, int end)
    {
        // A dateline's dash opens the story's first clause: "KYIV (Probe Wire) - Zelensky met ...".
        var opens = start == 0 || tokens[start - 1].Text is "." or "!" or "?" or ";" or "and" or "but" or "while" or "as" or "when" or "after" or "-" or "\u2013" or "\u2014";
        // "he and Zelensky had discussed": a name joined to a pronoun shares the speaker's clause, it does not open one.
        if (opens && start >= 2 && tokens[start - 1].Text == "and" && SpeakerWords.Pronouns.Contains(tokens[start - 2].Text))
        {
            opens = false;
        }
        return opens && (end >= tokens.Count || tokens[end].Text == "," || (tokens[end].IsWord && char.IsLower(tokens[end].Text[0])));
    }

    /// <summary>Notes the people named between statements (outside quotes) so a later "he" or "she" can find them.</summary>
    private void Scan(TextLayout layout, ArticleState state, int upTo)
    {
        if (upTo <= state.ScannedTo)
        {
            return;
        }
        var from = state.ScannedTo;
        state.ScannedTo = upTo;
        var tokens = Tokenizer.Tokenize(layout.Text, from, upTo, layout.Quotes);
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].InQuote || !tokens[i].IsCapitalised || SpeakerWords.NonNameCapitals.Contains(tokens[i].Text))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < tokens.Count && !tokens[j].InQuote && tokens[j].IsCapitalised)
            {
                j++;
            }
            var run = tokens.GetRange(i, j - i);
            var titled = SpeakerWords.TitleWords.Contains(run[0].Text) || SpeakerWords.Honorifics.Contains(run[0].Text);
            var entity = FindActor(state, run);
            var subjectLike = run.Count is 2 or 3 && j < tokens.Count && tokens[j].IsWord && char.IsLower(tokens[j].Text[0])
                && tokens[j].Text is not ("of" or "for" or "and" or "in" or "on" or "at" or "to" or "de" or "from")
                && !(i > 0 && tokens[i - 1].Text is "the" or "a" or "an" or "of")
                && run.All(r => IsNameToken(run, run.IndexOf(r)));
            if (entity is null && ((titled && run.Count >= 2 && IsNameToken(run, run.Count - 1)) || subjectLike))
            {
                // "Ambassador Mohib", or a two- or three-word name followed by a verb ("Harry Kane won ..."): a person a pronoun may mean.
                entity = ResolveName(state, layout.Text[run[0].Start..run[^1].End], null, run[^1].End);
            }
            if (entity is not null && entity.IsPerson)
            {
                entity.LastSeen = run[0].Start;
                entity.SeenInBody = true;
                if (OpensClause(tokens, i, j))
                {
                    entity.LastSubject = run[0].Start;
                }
            }
            i = j;
        }
    }

    private static string? GenderOf(string? honorific) =>
        honorific is null ? null : SpeakerWords.MaleHonorifics.Contains(honorific) ? "m" : SpeakerWords.FemaleHonorifics.Contains(honorific) ? "f" : null;

    /// <summary>The first personal pronoun after a mention in its sentence: "Amneh Jafari ... wanted to issue her support".</summary>
    private static string? GenderNear(string body, int from)
    {
        if (from < 0 || from >= body.Length)
        {
            return null;
        }
        var limit = Math.Min(body.Length, from + 200);
        var i = from;
        while (i < limit)
        {
            var c = body[i];
            if (c is '.' or '\n' or '\u201C' or '"')
            {
                return null;
            }
            if (char.IsLetter(c) && (i == 0 || !char.IsLetter(body[i - 1])))
            {
                var e = i;
                while (e < limit && char.IsLetter(body[e]))
                {
                    e++;
                }
                var word = body.AsSpan(i, e - i);
                if (word is "he" or "his" or "him" or "himself")
                {
                    return "m";
                }
                if (word is "she" or "her" or "hers" or "herself")
                {
                    return "f";
                }
                i = e;
                continue;
            }
            i++;
        }
        return null;
    }
}
