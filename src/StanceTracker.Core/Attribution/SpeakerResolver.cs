using System.Text.RegularExpressions;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Turns speaker mentions into speakers, article by article: catalogue names and aliases (with titles and honorifics
/// around them), surnames after a first mention (the first name for Chinese and Korean names), pronouns by gender and
/// by who was last a clause's subject, role descriptions by the holder the article named or else who held the office on
/// the article's date, institutions, and follow-on quotes. A speaker the catalogue does not know keeps the name, title
/// and country the text gives. Thread-safe: all per-article state lives in one call.
/// </summary>
public sealed partial class SpeakerResolver
{
    private readonly ActorCatalog catalog;

    private static readonly HashSet<string> FamilyNameFirst = new(["CHN", "TWN", "HKG", "KOR", "PRK"], StringComparer.Ordinal);

    public SpeakerResolver(ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    /// <summary>A speaker as the article knows it, with what pronoun resolution needs.</summary>
    private sealed class Entity(Speaker speaker, bool isPerson, bool isPlural, string? gender, Actor? actor = null, IReadOnlyList<Entity>? members = null)
    {
        public Speaker Speaker { get; } = speaker;

        /// <summary>"The leaders", "both": the people speaking together, each of whom the statement is credited to.</summary>
        public IReadOnlyList<Entity>? Members { get; } = members;

        public Actor? Actor { get; } = actor;

        public bool IsPerson { get; } = isPerson;

        public bool IsPlural { get; } = isPlural;

        public string? Gender { get; set; } = gender;

        public int LastSeen { get; set; }

        /// <summary>Where the entity was last the subject of a clause (a speaker, or a name opening a sentence); objects do not count.</summary>
        public int LastSubject { get; set; } = -1;
    }

    private sealed class ArticleState(string body, ArticleReading reading)
    {
        public string Body { get; } = body;

        public ArticleReading Reading { get; } = reading;

        public DateOnly Date => Reading.Date;

        /// <summary>The holder of the publishing office, once looked up.</summary>
        public Entity? Principal { get; set; }

        /// <summary>Who met or spoke together, from the title and the opening sentence, once looked up.</summary>
        public Entity? Participants { get; set; }

        public List<Entity> Entities { get; } = [];

        public Dictionary<string, Entity> BySurname { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entity> ByActor { get; } = new(StringComparer.Ordinal);

        public Entity? Previous { get; set; }

        public int ScannedTo { get; set; }
    }

    /// <summary>
    /// The speakers of each candidate, in order: usually one; several for "the leaders" or "both", each credited; none
    /// where a pronoun has nothing to refer to.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Speaker>> Resolve(ExtractionResult extraction, ArticleReading reading)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(reading);
        var state = new ArticleState(extraction.Layout.Text, reading);
        var result = new List<IReadOnlyList<Speaker>>(extraction.Statements.Count);
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
                MentionKind.Author => PrincipalOf(state),
                MentionKind.Pronoun when reading.OwnWords && state.Reading.Office is not null && mention.Text.ToLowerInvariant() is "i" or "we" => PrincipalOf(state),
                // In a readout "they" are those who met, as "the leaders" are.
                MentionKind.Pronoun when reading.Office is not null && mention.Text.ToLowerInvariant() is "they" && ParticipantsOf(state, extraction.Layout) is { } together => together,
                MentionKind.Pronoun => ResolvePronoun(state, mention.Text),
                _ when IsJointMention(mention.Text) => ParticipantsOf(state, extraction.Layout) ?? ResolveName(state, mention.Text, mention.Description, mention.End),
                _ => ResolveName(state, mention.Text, mention.Description, mention.End),
            };
            if (entity is not null)
            {
                entity.LastSeen = Math.Max(entity.LastSeen, candidate.FromTitle ? 0 : Math.Max(at, candidate.Start));
                entity.LastSubject = Math.Max(entity.LastSubject, entity.LastSeen);
                state.Previous = entity;
            }
            result.Add(entity is null ? [] : entity.Members is { } members ? members.Select(m => m.Speaker).ToList() : [AsSource(entity.Speaker, mention)]);
        }
        return result;
    }

    /// <summary>Resolves a single mention on a date, without article context: "the German chancellor", "Mr Lavrov".</summary>
    public Speaker? ResolveMention(string mention, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return ResolveName(new ArticleState(mention, new ArticleReading(date)), mention, null, mention.Length)?.Speaker;
    }

    // ---- names, titles, descriptions ----

    private Entity? ResolveName(ArticleState state, string text, string? description, int end)
    {
        text = ExpandAbbreviatedTitle(text);
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Kind != TokenKind.QuoteMark).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        if (FindActor(state, tokens) is { } known)
        {
            return known;
        }
        if (tokens.Any(t => t.Is("and")) && tokens.Count(t => t.IsCapitalised) >= 2)
        {
            if (EachNamed(state, text) is { } together)
            {
                return together; // "Hungary and Slovakia oppose ...": each country takes the position
            }
            // "Russia and the US", "the school district and the police": a group speaking together.
            var group = new Entity(new Speaker(StripDeterminer(text), null, null, null), false, true, null);
            Register(state, group, null);
            return group;
        }
        var (country, countryEnd) = FindCountry(tokens);
        var nameStart = tokens.Count;
        while (nameStart > countryEnd && IsNameToken(tokens, nameStart - 1) && !EndsCountryName(tokens, nameStart - 1))
        {
            nameStart--;
        }
        var nameTokens = tokens.Skip(nameStart).ToList();
        var roleTokens = tokens.Skip(countryEnd).Take(nameStart - countryEnd)
            .Where(t => t.IsWord && !IsDeterminer(t.Text) && !SpeakerWords.Honorifics.Contains(t.Text) && t.Text is not ("'s" or "\u2019s")).ToList();
        var role = roleTokens.Count > 0 ? text[roleTokens[0].Start..roleTokens[^1].End] : null;
        var titled = roleTokens.Any(t => SpeakerWords.TitleWords.Contains(t.Text) || SpeakerWords.IsPersonLikeNoun(t.Text));
        var honorific = tokens.Take(nameStart).FirstOrDefault(t => SpeakerWords.Honorifics.Contains(t.Text) || SpeakerWords.MaleHonorifics.Contains(t.Text) || SpeakerWords.FemaleHonorifics.Contains(t.Text));
        var afterPreposition = nameStart > 0 && tokens[nameStart - 1].Text is "of" or "at" or "for" or "from" or "in" or "on" or "with";
        var single = nameTokens.Count == 1 ? nameTokens[0].Text : null;
        var organisationLike = single is not null && (single.Length > 1 && single.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) || single.Contains('.', StringComparison.Ordinal));

        if (organisationLike && nameTokens.Count == 1 && Expand(state.Body, single!, end) is { } expanded && expanded != single)
        {
            var organisation = new Entity(new Speaker(expanded, null, country?.Code, null), false, false, null);
            Register(state, organisation, null);
            return organisation;
        }
        if (nameTokens.Count > 0 && !afterPreposition && !organisationLike)
        {
            var surnameKey = ActorCatalog.Fold(nameTokens[^1].Text);
            if (state.BySurname.TryGetValue(surnameKey, out var seen))
            {
                return seen;
            }
            if (nameTokens.Count == 1 && !titled && honorific.Text is null && ByFirstName(state, nameTokens[0].Text) is { } byFirstName)
            {
                return byFirstName;
            }
            var name = text[nameTokens[0].Start..nameTokens[^1].End];
            var person = nameTokens.Count > 1 || titled || honorific.Text is not null;
            role = titled ? role : CleanDescription(description);
            var gender = GenderOf(honorific.Text) ?? (person ? GenderNear(state.Body, end) : null);
            var entity = new Entity(new Speaker(name, null, country?.Code, role), person, false, gender);
            Register(state, entity, person ? surnameKey : null);
            return entity;
        }

        if (country is not null && role is null && countryEnd == tokens.Count)
        {
            return CountryEntity(state, country); // "the U.S.", "Moscow": the country, by its name
        }
        // A description with no name: an office on the date ("the German chancellor"), else kept as written.
        if (country is not null && role is not null && NamedTitleHolder(state, role, country.Code) is { } named)
        {
            return named; // "the French leader" after "Emmanuel Macron": the president the article is about, not the prime minister
        }
        if (country is not null && role is not null && catalog.HolderOn(country.Code, role, state.Date) is { } holder)
        {
            return ActorEntity(state, holder.Actor, holder.Term);
        }
        if (country is null && role is not null && titled && !afterPreposition && state.Reading.Office is { } office)
        {
            // In an office's own publication its title needs no country: "The Prime Minister spoke to President Macron".
            if (NamesOffice(office.Title, role) && PrincipalOf(state) is { } principal)
            {
                return principal;
            }
            if (NamedTitleHolder(state, role, null) is { } namedColleague && namedColleague.Speaker.Country == office.Country)
            {
                return namedColleague;
            }
            if (catalog.HolderOn(office.Country, role, state.Date) is { } colleague && !ActorCatalog.IsGenericTitle(role))
            {
                return ActorEntity(state, colleague.Actor, colleague.Term);
            }
        }
        if (country is null && role is not null && titled && !afterPreposition && TitleHolder(state, role) is { } titleHolder)
        {
            return titleHolder;
        }
        var written = Expand(state.Body, StripDeterminer(text), end);
        var head = tokens[^1].Text;
        var plural = head.EndsWith('s') && char.IsLower(head[0]);
        var isPerson = !tokens.Any(t => SpeakerWords.OrganisationWords.Contains(t.Text)) && (SpeakerWords.IsPersonLikeNoun(head) || SpeakerWords.TitleWords.Contains(head)) && !plural;
        var fallback = new Entity(new Speaker(written, null, country?.Code, titled && !afterPreposition ? role : null), isPerson, plural, isPerson ? GenderNear(state.Body, end) : null);
        Register(state, fallback, null);
        return fallback;
    }

    /// <summary>
    /// A news outlet ("the Washington Post reported") or an unnamed source ("AFP's source", "a source close to the
    /// talks") keeps the statement but is marked as a source, which takes no positions.
    /// </summary>
    private static Speaker AsSource(Speaker speaker, SpeakerMention mention)
    {
        if (speaker.ActorId is not null || mention.Kind != MentionKind.Name)
        {
            return speaker;
        }
        if (MediaOutlets.IsOutlet(speaker.Name) || MediaOutlets.IsOutlet(mention.Text))
        {
            return speaker with { Country = null, Office = Offices.Media };
        }
        var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[^1] is "source" or "sources" || mention.Text.Contains("anonymity", StringComparison.OrdinalIgnoreCase))
        {
            return speaker with { Office = Offices.AnonymousSource };
        }
        return speaker;
    }

    /// <summary>
    /// "Keir said": a first name alone, as wire copy sometimes writes it, is the person of that first name the article
    /// named, else the only catalogued person of that first name in office on the date.
    /// </summary>
    private Entity? ByFirstName(ArticleState state, string word)
    {
        var folded = ActorCatalog.Fold(word);
        static string First(string name) => ActorCatalog.Fold(name).Split(' ')[0];
        var named = state.Entities.Where(e => e.Actor is { Kind: ActorKind.Person } actor && First(actor.Name) == folded).Distinct().ToList();
        if (named.Count > 0)
        {
            return named.Count == 1 ? named[0] : null;
        }
        var holders = catalog.Actors.Where(a => a.Kind == ActorKind.Person && First(a.Name) == folded && a.TermsOn(state.Date).Any()).Take(2).ToList();
        return holders.Count == 1 ? ActorEntity(state, holders[0], null) : null;
    }

    /// <summary>"PM", "the PM": the abbreviation news and readouts use for the prime minister.</summary>
    private static string ExpandAbbreviatedTitle(string text) => text switch
    {
        "PM" or "The PM" or "the PM" => "Prime Minister",
        _ when text.StartsWith("PM ", StringComparison.Ordinal) => "Prime Minister " + text[3..],
        _ => text,
    };

    // ---- the publishing office, and people speaking together ----

    /// <summary>The holder of the publishing office on the article's date: the "I" of a speech, "the Prime Minister" of a readout.</summary>
    private Entity? PrincipalOf(ArticleState state)
    {
        if (state.Principal is not null || state.Reading.Office is not { } office)
        {
            return state.Principal;
        }
        state.Principal = catalog.HolderOn(office.Country, office.Title, state.Date) is { } holder
            ? ActorEntity(state, holder.Actor, holder.Term)
            : RegisterNew(state, new Entity(new Speaker(office.Title, null, office.Country, office.Title), true, false, null));
        return state.Principal;
    }

    /// <summary>"The Secretary" in the State Department's readout is the Secretary of State: the office's title or its opening words.</summary>
    private static bool NamesOffice(string officeTitle, string role)
    {
        if (ActorCatalog.TitleMatches(officeTitle, role))
        {
            return true;
        }
        var office = ActorCatalog.Fold(officeTitle);
        var written = ActorCatalog.Fold(role);
        return written.Length > 0 && office.StartsWith(written + " ", StringComparison.Ordinal) && written is "secretary" or "president" or "minister" or "chancellor";
    }

    private static Entity RegisterNew(ArticleState state, Entity entity)
    {
        Register(state, entity, null);
        return entity;
    }

    /// <summary>"The leaders", "both leaders", "the pair", "the two sides": people speaking together.</summary>
    internal static bool IsJointMention(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var words = mention.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "the" or "both" or "all" or "two")
        {
            words.RemoveAt(0);
        }
        return words.Count == 1 && words[0] is "leaders" or "pair" or "sides" or "both" or "counterparts" or "presidents" or "two" or "parties"
            || words.Count == 2 && words[0] is "prime" or "foreign" or "defence" or "defense" && words[1] is "ministers";
    }

    /// <summary>
    /// Who spoke together in a readout: the publishing office's holder, the people the title names ("PM call with
    /// President Macron") and those the opening sentence says met or spoke ("spoke to the leaders of the United States,
    /// Germany, France and Italy"); null when that is fewer than two, so the phrase is read as written.
    /// </summary>
    private Entity? ParticipantsOf(ArticleState state, TextLayout layout)
    {
        if (state.Participants is not null)
        {
            return state.Participants;
        }
        var members = new List<Entity>();
        void Add(Entity? entity)
        {
            if (entity is { IsPerson: true, Members: null } && !members.Contains(entity))
            {
                members.Add(entity);
            }
        }
        Add(PrincipalOf(state));
        foreach (var entity in NamedPeople(state, state.Reading.Title))
        {
            Add(entity);
        }
        var opening = layout.Sentences.Take(4).Select(s => layout.Slice(s.Start, s.End)).FirstOrDefault(s => MeetingVerb().IsMatch(s));
        if (opening is not null)
        {
            foreach (var entity in NamedPeople(state, opening))
            {
                Add(entity);
            }
            foreach (var code in LeadersOf(opening))
            {
                if (catalog.LeaderOn(code, state.Date) is { } leader)
                {
                    Add(ActorEntity(state, leader.Actor, leader.Term));
                }
            }
        }
        if (members.Count < 2)
        {
            return null;
        }
        state.Participants = new Entity(new Speaker(string.Join(", ", members.Select(m => m.Speaker.Name)), null, null, null), false, true, null, members: members);
        return state.Participants;
    }

    /// <summary>
    /// "Germany and the U.S.", "Hungary and Slovakia", "Macron and Starmer": a list whose every part is a country or a
    /// catalogued actor speaks for each of them; null when any part is something else ("Russia and its allies").
    /// </summary>
    private Entity? EachNamed(ArticleState state, string text)
    {
        var parts = CountryListSeparator().Split(text).Select(p => StripDeterminer(p.Trim())).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > 6)
        {
            return null;
        }
        var members = new List<Entity>();
        foreach (var part in parts)
        {
            var tokens = Tokenizer.Tokenize(part, 0, part.Length).Where(t => t.Kind != TokenKind.QuoteMark).ToList();
            if (catalog.Countries.TryFind(part, out var country))
            {
                members.Add(CountryEntity(state, country));
            }
            else if (tokens.Count > 0 && FindActor(state, tokens) is { Members: null } actor && actor.Actor is not null)
            {
                members.Add(actor);
            }
            else
            {
                return null;
            }
        }
        return new Entity(new Speaker(string.Join(" and ", parts), null, null, null), false, true, null, members: members.Distinct().ToList());
    }

    private static Entity CountryEntity(ArticleState state, Country country)
    {
        var existing = state.Entities.FirstOrDefault(e => e.Actor is null && e.Members is null && e.Speaker.Name == country.Name && e.Speaker.Country == country.Code);
        return existing ?? RegisterNew(state, new Entity(new Speaker(country.Name, null, country.Code, null), false, false, null));
    }

    /// <summary>Catalogued people named in a title or sentence, by their capitalised runs ("President Macron", "Chancellor Scholz").</summary>
    private IEnumerable<Entity> NamedPeople(ArticleState state, string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Kind != TokenKind.QuoteMark).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised)
            {
                i++;
                continue;
            }
            var j = i;
            while (j < tokens.Count && tokens[j].IsCapitalised)
            {
                j++;
            }
            if (FindActor(state, tokens.GetRange(i, j - i)) is { IsPerson: true } person)
            {
                yield return person;
            }
            i = j;
        }
    }

    /// <summary>"leaders of the United States, Germany, France and Italy": the countries' codes.</summary>
    private IEnumerable<string> LeadersOf(string sentence)
    {
        var match = LeadersOfCountries().Match(sentence);
        if (!match.Success)
        {
            yield break;
        }
        foreach (var part in CountryListSeparator().Split(match.Groups["list"].Value))
        {
            var words = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "the" or "The").ToArray();
            // The list runs on into the sentence ("Italy yesterday afternoon"): the longest opening that names a country.
            for (var n = Math.Min(4, words.Length); n >= 1; n--)
            {
                if (catalog.Countries.TryFind(string.Join(' ', words.Take(n)), out var country))
                {
                    yield return country.Code;
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(spoke|speaks|spoken|call|called|calls|met|meets|meeting|hosted|hosts|welcomed|talks|talked|held)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingVerb();

    [GeneratedRegex(@"\bleaders of (?<list>(?:the )?[A-Z][\w.\- ]*(?:(?:, | and | & )(?:the )?[A-Z][\w.\- ]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadersOfCountries();

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CountryListSeparator();

    /// <summary>
    /// The full name an article gave earlier to a short one: an acronym defined as "Korean Central News Agency (KCNA)",
    /// or "the Church" after "the Church of Scientology".
    /// </summary>
    private static string Expand(string body, string shortName, int before)
    {
        var limit = Math.Clamp(before, 0, body.Length);
        if (shortName.Length is >= 2 and <= 8 && shortName.All(char.IsUpper))
        {
            var defined = body.IndexOf("(" + shortName + ")", StringComparison.Ordinal);
            if (defined > 0)
            {
                var words = body[..defined].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var initials = words.Length >= shortName.Length ? words[^shortName.Length..] : [];
                if (initials.Length == shortName.Length && initials.Select(w => char.ToUpperInvariant(w[0])).SequenceEqual(shortName))
                {
                    return string.Join(' ', initials);
                }
            }
            return shortName;
        }
        if (shortName.Length > 2 && !shortName.Contains(' ', StringComparison.Ordinal) && char.IsUpper(shortName[0]))
        {
            var at = body.IndexOf(shortName + " of ", StringComparison.Ordinal);
            if (at >= 0 && at < limit)
            {
                var e = at + shortName.Length + 4;
                var wordEnd = e;
                while (wordEnd < body.Length && char.IsLetter(body[wordEnd]))
                {
                    wordEnd++;
                }
                if (wordEnd > e && char.IsUpper(body[e]))
                {
                    return body[at..wordEnd];
                }
            }
        }
        return shortName;
    }

    /// <summary>True when the token ends a country name of two or more words ("the United States Hamdullah Mohib").</summary>
    private bool EndsCountryName(List<Token> tokens, int index)
    {
        for (var n = 2; n <= 4 && index - n + 1 >= 0; n++)
        {
            if (catalog.Countries.TryFind(string.Join(' ', tokens.Skip(index - n + 1).Take(n).Select(t => t.Text)), out _))
            {
                return true;
            }
        }
        return false;
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

    /// <summary>
    /// A title with no country ("the chancellor", "the pope"): the person the article has named who held it on the date,
    /// the latest seen first; else the only holder of that title anywhere on the date.
    /// </summary>
    private Entity? TitleHolder(ArticleState state, string role)
    {
        if (NamedTitleHolder(state, role, null) is { } named)
        {
            return named;
        }
        var holders = catalog.HoldersOn(role, state.Date);
        return holders.Count == 1 ? ActorEntity(state, holders[0].Actor, holders[0].Term) : null;
    }

    /// <summary>The person the article has named, latest seen first, who held the title (for the country, if given) on the date.</summary>
    private static Entity? NamedTitleHolder(ArticleState state, string role, string? country)
    {
        var named = state.Entities.Where(e => e.Actor is not null && e.IsPerson).OrderByDescending(e => e.LastSeen).ToList();
        bool Holds(Entity e, bool exactly) => e.Actor!.TermsOn(state.Date).Any(t => (country is null || t.Country == country)
            && (exactly ? ActorCatalog.SameTitle(t.Title, role) : ActorCatalog.TitleMatches(t.Title, role)));
        // The exact title first: "the prime minister" is the prime minister, even where a president was named. Only a
        // generic "leader" may mean any of the offices it stands for.
        return named.FirstOrDefault(e => Holds(e, true))
            ?? (ActorCatalog.IsGenericTitle(role) ? named.FirstOrDefault(e => Holds(e, false)) : null);
    }

    private static Entity ActorEntity(ArticleState state, Actor actor, OfficeTerm? term)
    {
        if (state.ByActor.TryGetValue(actor.Id, out var existing))
        {
            return existing;
        }
        // The office held on the article's date ranks the speaker for their country's position; a name mentioned
        // without a title takes the most senior office the actor held that day.
        term ??= actor.TermsOn(state.Date).OrderBy(t => Offices.Seniority(t.Office)).FirstOrDefault();
        var speaker = new Speaker(actor.Name, actor.Id, term?.Country ?? actor.Country, term?.Title, term?.Office ?? (actor.Kind == ActorKind.Institution ? Offices.Institution : null));
        var entity = new Entity(speaker, actor.Kind == ActorKind.Person, false, actor.Gender, actor);
        state.ByActor[actor.Id] = entity;
        var names = actor.Kind == ActorKind.Person ? ActorCatalog.Fold(actor.Name).Split(' ') : [];
        Register(state, entity, names.Length > 0 ? names[^1] : null);
        if (names.Length > 1 && FamilyNameFirst.Contains(actor.Country))
        {
            // "Wang Yi ... Wang said": Chinese and Korean names put the family name first.
            state.BySurname.TryAdd(names[0], entity);
        }
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
        if (!token.IsCapitalised && StatementExtractor.IsNameLike(token))
        {
            return true; // "al-Amr"
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

    private static bool IsDeterminer(string word) => word is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "His" or "her" or "Her" or "their" or "Their" or "its" or "Its";

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
            bool Compatible(Entity e) => e.IsPerson && (e.Gender is null || e.Gender == gender);
            // The last speaker goes on speaking unless someone else fitting has been named since as a subject ("Putin" in
            // "he asked to meet Putin" does not take over); then the latest fitting person.
            var chosen = previous is not null && Compatible(previous) && (recent.Count == 0 || recent[0] == previous
                || recent.TakeWhile(e => e != previous).All(e => !Compatible(e) || (e.Gender is null && previous.Gender == gender) || e.LastSubject <= previous.LastSeen))
                ? previous
                : recent.FirstOrDefault(e => e.IsPerson && e.Gender == gender && recent.TakeWhile(x => x != e).All(x => !Compatible(x)))
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

    /// <summary>A name run in subject position: opening a sentence or clause (after a full stop, "and", "but", "while") and not after a preposition or verb.</summary>
    private static bool OpensClause(List<Token> tokens, int start, int end)
    {
        var opens = start == 0 || tokens[start - 1].Text is "." or "!" or "?" or ";" or "and" or "but" or "while" or "as" or "when" or "after";
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
                if (OpensClause(tokens, i, j))
                {
                    entity.LastSubject = run[0].Start;
                }
            }
            i = j;
        }
    }
}
