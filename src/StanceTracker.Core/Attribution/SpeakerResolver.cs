using StanceTracker.Core.Extraction;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Turns speaker mentions into speakers, article by article: catalogue names and aliases (with titles and honorifics
/// around them), surnames after a first mention, pronouns by gender and recency, role descriptions by who held the
/// office on the article's date, institutions, and follow-on quotes. A speaker the catalogue does not know keeps the
/// name, title and country the text gives. Thread-safe: all per-article state lives in one call.
/// </summary>
public sealed class SpeakerResolver
{
    private readonly ActorCatalog catalog;

    public SpeakerResolver(ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    /// <summary>A speaker as the article knows it, with what pronoun resolution needs.</summary>
    private sealed class Entity(Speaker speaker, bool isPerson, bool isPlural, string? gender)
    {
        public Speaker Speaker { get; } = speaker;

        public bool IsPerson { get; } = isPerson;

        public bool IsPlural { get; } = isPlural;

        public string? Gender { get; set; } = gender;

        public int LastSeen { get; set; }
    }

    private sealed class ArticleState(string body, DateOnly date)
    {
        public string Body { get; } = body;

        public DateOnly Date { get; } = date;

        public List<Entity> Entities { get; } = [];

        public Dictionary<string, Entity> BySurname { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entity> ByActor { get; } = new(StringComparer.Ordinal);

        public Entity? Previous { get; set; }

        public int ScannedTo { get; set; }
    }

    /// <summary>One speaker per candidate, in order; null where a pronoun has nothing to refer to.</summary>
    public IReadOnlyList<Speaker?> Resolve(ExtractionResult extraction, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var state = new ArticleState(extraction.Layout.Text, date);
        var result = new List<Speaker?>(extraction.Statements.Count);
        foreach (var candidate in extraction.Statements)
        {
            var mention = candidate.Speaker;
            var at = mention.Start >= 0 ? mention.Start : 0;
            if (!candidate.FromTitle)
            {
                Scan(extraction.Layout, state, at);
            }
            Entity? entity = mention.Kind switch
            {
                MentionKind.FollowOn => state.Previous,
                MentionKind.Pronoun => ResolvePronoun(state, mention.Text),
                _ => ResolveName(state, mention.Text, mention.Description, mention.End),
            };
            if (entity is not null)
            {
                entity.LastSeen = Math.Max(entity.LastSeen, candidate.FromTitle ? 0 : Math.Max(at, candidate.Start));
                state.Previous = entity;
            }
            result.Add(entity?.Speaker);
        }
        return result;
    }

    /// <summary>Resolves a single mention on a date, without article context: "the German chancellor", "Mr Lavrov".</summary>
    public Speaker? ResolveMention(string mention, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return ResolveName(new ArticleState(mention, date), mention, null, mention.Length)?.Speaker;
    }

    // ---- names, titles, descriptions ----

    private Entity? ResolveName(ArticleState state, string text, string? description, int end)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Kind != TokenKind.QuoteMark).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        if (FindActor(state, tokens) is { } known)
        {
            return known;
        }
        var (country, countryEnd) = FindCountry(tokens);
        var nameStart = tokens.Count;
        while (nameStart > 0 && IsNameToken(tokens, nameStart - 1))
        {
            nameStart--;
        }
        // Particles inside names: "Suleiman al-Amr" is one token; "Ursula von der Leyen" needs the lower-case words.
        var nameTokens = tokens.Skip(nameStart).ToList();
        var roleTokens = tokens.Skip(countryEnd).Take(nameStart - countryEnd)
            .Where(t => t.IsWord && !IsDeterminer(t.Text) && !SpeakerWords.Honorifics.Contains(t.Text) && t.Text is not ("'s" or "\u2019s")).ToList();
        var role = roleTokens.Count > 0 ? text[roleTokens[0].Start..roleTokens[^1].End] : null;
        if (role is not null && (roleTokens[0].Is("of") || roleTokens[0].Is("to")))
        {
            role = null;
        }
        var isOrganisation = tokens.Any(t => SpeakerWords.OrganisationWords.Contains(t.Text))
            || (tokens.Count == 1 && tokens[0].Text.Length > 1 && tokens[0].Text.All(c => char.IsUpper(c) || c == '.'));

        if (nameTokens.Count > 0 && !isOrganisation && !(nameTokens.Count == 1 && country is not null && nameStart == countryEnd && role is null))
        {
            var surnameKey = ActorCatalog.Fold(nameTokens[^1].Text);
            if (state.BySurname.TryGetValue(surnameKey, out var seen) && (nameTokens.Count == 1 || ActorCatalog.Fold(seen.Speaker.Name).EndsWith(ActorCatalog.Fold(text[nameTokens[0].Start..nameTokens[^1].End]), StringComparison.Ordinal)))
            {
                return seen;
            }
            var name = text[nameTokens[0].Start..nameTokens[^1].End];
            role ??= CleanDescription(description);
            var honorific = tokens.Take(nameStart).FirstOrDefault(t => SpeakerWords.Honorifics.Contains(t.Text) || SpeakerWords.MaleHonorifics.Contains(t.Text) || SpeakerWords.FemaleHonorifics.Contains(t.Text));
            var gender = GenderOf(honorific.Text) ?? GenderNear(state.Body, end);
            var entity = new Entity(new Speaker(name, null, country?.Code, role), true, false, gender);
            Register(state, entity, nameTokens.Count > 1 || role is not null ? surnameKey : null);
            return entity;
        }

        // A description with no name: an office on the date ("the German chancellor"), else kept as written.
        if (country is not null && role is not null && catalog.HolderOn(country.Code, role, state.Date) is { } holder)
        {
            return ActorEntity(state, holder.Actor, holder.Term);
        }
        var written = StripDeterminer(text);
        var head = tokens[^1].Text;
        var plural = head.EndsWith('s') && char.IsLower(head[0]) || tokens.Any(t => t.Is("and"));
        var person = !isOrganisation && (SpeakerWords.IsPersonLikeNoun(head) || SpeakerWords.TitleWords.Contains(head)) && !plural;
        var fallback = new Entity(new Speaker(written, null, country?.Code, role), person, plural, person ? GenderNear(state.Body, end) : null);
        Register(state, fallback, null);
        return fallback;
    }

    private Entity? FindActor(ArticleState state, List<Token> tokens)
    {
        var words = tokens.Count;
        for (var n = Math.Min(words, Math.Max(1, catalog.MaxAliasWords)); n >= 1; n--)
        {
            for (var start = words - n; start >= 0; start--)
            {
                var first = tokens[start];
                var last = tokens[start + n - 1];
                if (n == 1 && (!first.IsCapitalised || SpeakerWords.TitleWords.Contains(first.Text) || catalog.Countries.TryFind(first.Text, out _)))
                {
                    continue;
                }
                if (last.Text is "'s" or "\u2019s" || (start + n < words && tokens[start + n].Text is "'s" or "\u2019s" && n == 1))
                {
                    continue; // "Russia's" is a country's, "Lavrov's" a possessive, not a speaker
                }
                var phrase = string.Join(' ', tokens.Skip(start).Take(n).Select(t => t.Text));
                if (n == 1 && state.BySurname.TryGetValue(ActorCatalog.Fold(phrase), out var seen))
                {
                    return seen;
                }
                var actors = catalog.ByAlias(phrase);
                if (actors.Count == 0)
                {
                    continue;
                }
                var actor = actors.FirstOrDefault(a => state.ByActor.ContainsKey(a.Id))
                    ?? actors.FirstOrDefault(a => a.TermsOn(state.Date).Any())
                    ?? actors[0];
                var titleText = string.Join(' ', tokens.Take(start).Select(t => t.Text));
                var term = actor.TermsOn(state.Date).FirstOrDefault(t => titleText.Contains(t.Title, StringComparison.OrdinalIgnoreCase))
                    ?? actor.TermsOn(state.Date).OrderBy(t => Offices.Seniority(t.Office)).FirstOrDefault();
                return ActorEntity(state, actor, term);
            }
        }
        return null;
    }

    private static Entity ActorEntity(ArticleState state, Actor actor, OfficeTerm? term)
    {
        if (state.ByActor.TryGetValue(actor.Id, out var existing))
        {
            return existing;
        }
        var speaker = new Speaker(actor.Name, actor.Id, term?.Country ?? actor.Country, term?.Title);
        var entity = new Entity(speaker, actor.Kind == ActorKind.Person, false, actor.Gender);
        state.ByActor[actor.Id] = entity;
        var surname = actor.Kind == ActorKind.Person ? ActorCatalog.Fold(actor.Name).Split(' ')[^1] : null;
        Register(state, entity, surname);
        return entity;
    }

    private static void Register(ArticleState state, Entity entity, string? surname)
    {
        state.Entities.Add(entity);
        if (surname is { Length: > 0 })
        {
            state.BySurname.TryAdd(surname, entity);
        }
    }

    private (Country? Country, int End) FindCountry(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised || (i > 0 && tokens[i - 1].Text is "to" or "in" or "at" or "from"))
            {
                continue;
            }
            for (var n = Math.Min(4, tokens.Count - i); n >= 1; n--)
            {
                var phrase = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Text));
                if (catalog.Countries.TryFind(phrase, out var country))
                {
                    var end = i + n;
                    if (end < tokens.Count && tokens[end].Text is "'s" or "\u2019s")
                    {
                        end++;
                    }
                    return (country, end);
                }
            }
            if (!SpeakerWords.TitleWords.Contains(tokens[i].Text) && !IsDeterminer(tokens[i].Text))
            {
                // A name or organisation comes first ("Labour's Shadow Home Secretary"): the country, if any, is later.
                continue;
            }
        }
        return (null, 0);
    }

    private bool IsNameToken(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            return false;
        }
        if (!token.IsCapitalised)
        {
            // "al", "bin", "von der", "de" inside a name, with a capitalised word on both sides.
            return token.Text is "al" or "bin" or "ibn" or "von" or "der" or "van" or "de" or "la" or "le" or "da" or "di" or "dos"
                && i > 0 && tokens[i - 1].IsCapitalised && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised;
        }
        return !SpeakerWords.TitleWords.Contains(token.Text) && !SpeakerWords.Honorifics.Contains(token.Text)
            && !SpeakerWords.NonNameCapitals.Contains(token.Text) && !catalog.Countries.TryFind(token.Text, out _)
            && !SpeakerWords.OrganisationWords.Contains(token.Text) && !(i + 1 < tokens.Count && tokens[i + 1].Text is "'s" or "\u2019s");
    }

    private static string? CleanDescription(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }
        var cleaned = StripDeterminer(description.Trim());
        return cleaned.Length is > 0 and <= 60 ? cleaned : null;
    }

    private static string StripDeterminer(string text)
    {
        foreach (var determiner in new[] { "the ", "The ", "a ", "A ", "an ", "An " })
        {
            if (text.StartsWith(determiner, StringComparison.Ordinal) && text.Length > determiner.Length)
            {
                return text[determiner.Length..];
            }
        }
        return text;
    }

    private static bool IsDeterminer(string word) => word is "the" or "The" or "a" or "A" or "an" or "An";

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

    // ---- pronouns ----

    private static Entity? ResolvePronoun(ArticleState state, string pronoun)
    {
        var p = pronoun.ToLowerInvariant();
        var recent = state.Entities.Where(e => e.LastSeen > 0 || state.Entities.Count == 1).OrderByDescending(e => e.LastSeen).Distinct().ToList();
        if (recent.Count == 0)
        {
            recent = [.. state.Entities];
        }
        var previous = state.Previous;
        if (p is "he" or "she")
        {
            var gender = p == "he" ? "m" : "f";
            if (previous is { IsPerson: true } && previous.Gender == gender)
            {
                return previous;
            }
            var sameGender = recent.FirstOrDefault(e => e.IsPerson && e.Gender == gender);
            if (sameGender is not null)
            {
                return sameGender;
            }
            if (previous is { IsPerson: true, Gender: null })
            {
                previous.Gender = gender;
                return previous;
            }
            var unknown = recent.FirstOrDefault(e => e.IsPerson && e.Gender is null);
            if (unknown is not null)
            {
                unknown.Gender = gender;
            }
            return unknown;
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
            if (entity is null && titled && run.Count >= 2 && IsNameToken(run, run.Count - 1))
            {
                entity = ResolveName(state, layout.Text[run[0].Start..run[^1].End], null, run[^1].End);
            }
            if (entity is not null && entity.IsPerson)
            {
                entity.LastSeen = run[0].Start;
            }
            i = j;
        }
    }
}
