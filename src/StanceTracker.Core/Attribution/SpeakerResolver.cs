using StanceTracker.Core.Extraction;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Turns speaker mentions into speakers, article by article: catalogue names and aliases (with titles and honorifics
/// around them), surnames after a first mention (the first name for Chinese and Korean names), pronouns by gender and
/// by who was last a clause's subject, role descriptions by the holder the article named or else who held the office on
/// the article's date, institutions, and follow-on quotes. A speaker the catalogue does not know keeps the name, title
/// and country the text gives. Thread-safe: all per-article state lives in one call.
/// <para>This file holds the entry points and the flow a candidate goes through, the per-article state, and how
/// entities are made and registered; the stages live beside it, one file each (Names, Titles, JointMentions,
/// Pronouns).</para>
/// </summary>
public sealed partial class SpeakerResolver
{
    private readonly ActorCatalog _catalog;

    private static readonly HashSet<string> FamilyNameFirst = new(["CHN", "TWN", "HKG", "KOR", "PRK"], StringComparer.Ordinal);

    public SpeakerResolver(ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
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

        /// <summary>Named in the body, not only in the title; <see cref="LastSeen"/> is 0 for both the title and the body's first word.</summary>
        public bool SeenInBody { get; set; }

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

        /// <summary>Whose own words the text is, once looked up: the person its title names, else <see cref="Principal"/>.</summary>
        public Entity? Author { get; set; }

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
                MentionKind.Author => AuthorOf(state),
                MentionKind.Pronoun when reading.OwnWords && state.Reading.Office is not null && mention.Text.ToLowerInvariant() is "i" or "we" => AuthorOf(state),
                // In a readout "they" are those who met, as "the leaders" are.
                MentionKind.Pronoun when reading.Office is not null && mention.Text.ToLowerInvariant() is "they" && ParticipantsOf(state, extraction.Layout) is { } together => together,
                MentionKind.Pronoun => ResolvePronoun(state, mention.Text),
                _ when IsJointMention(mention.Text) => ParticipantsOf(state, extraction.Layout) ?? ResolveName(state, mention.Text, mention.Description, mention.End),
                _ => ResolveName(state, mention.Text, mention.Description, mention.End),
            };
            if (entity is not null)
            {
                entity.LastSeen = Math.Max(entity.LastSeen, candidate.FromTitle ? 0 : Math.Max(at, candidate.Start));
                entity.SeenInBody |= !candidate.FromTitle;
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
        // "officials said", "diplomats said": unnamed people of no stated country are sources, not speakers.
        var unnamedGroup = speaker.Country is null && words.Length > 0 && words[^1] is "officials" or "diplomats" or "aides" or "insiders" or "analysts" or "observers" or "people";
        if (words.Length > 0 && words[^1] is "source" or "sources" || unnamedGroup || mention.Text.Contains("anonymity", StringComparison.OrdinalIgnoreCase))
        {
            return speaker with { Office = Offices.AnonymousSource };
        }
        return speaker;
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

    private static Entity CountryEntity(ArticleState state, Country country)
    {
        var existing = state.Entities.FirstOrDefault(e => e.Actor is null && e.Members is null && e.Speaker.Name == country.Name && e.Speaker.Country == country.Code);
        return existing ?? RegisterNew(state, new Entity(new Speaker(country.Name, null, country.Code, null), false, false, null));
    }

    private static void Register(ArticleState state, Entity entity, string? surname)
    {
        state.Entities.Add(entity);
        if (surname is { Length: > 0 })
        {
            state.BySurname.TryAdd(surname, entity);
        }
    }

    private static Entity RegisterNew(ArticleState state, Entity entity)
    {
        Register(state, entity, null);
        return entity;
    }
}
