using System.Text.RegularExpressions;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Titles and office holders: "the chancellor" or "the Prime Minister" names no one, so it is read as whoever the
/// article named who holds that title, else whoever held it on the article's date; in an office's own publication
/// the office's holder is its speaker.
/// </summary>
public sealed partial class SpeakerResolver
{
    /// <summary>"PM", "the PM": the abbreviation news and readouts use for the prime minister.</summary>
    private static string ExpandAbbreviatedTitle(string text) => text switch
    {
        "PM" or "The PM" or "the PM" => "Prime Minister",
        _ when text.StartsWith("PM ", StringComparison.Ordinal) => "Prime Minister " + text[3..],
        _ => text,
    };

    /// <summary>The holder of the publishing office on the article's date: the "I" of a speech, "the Prime Minister" of a readout.</summary>
    private Entity? PrincipalOf(ArticleState state)
    {
        if (state.Principal is not null || state.Reading.Office is not { } office)
        {
            return state.Principal;
        }
        state.Principal = _catalog.HolderOn(office.Country, office.Title, state.Date) is { } holder
            ? ActorEntity(state, holder.Actor, holder.Term)
            : RegisterNew(state, new Entity(new Speaker(office.Title, null, office.Country, office.Title), true, false, null));
        return state.Principal;
    }

    /// <summary>
    /// Whose own words a speech or address is: the person its title names ("Speech by Head of the Office of the
    /// President Andriy Yermak at Chatham House", "... - Andriy Yermak", "Andriy Yermak: ..."), else the holder of the
    /// office that published it.
    /// </summary>
    private Entity? AuthorOf(ArticleState state)
    {
        if (state.Author is { } known)
        {
            return known;
        }
        var title = state.Reading.Title;
        var named = AuthorByTitle().Match(title) is { Success: true } by ? by.Groups["who"].Value
            : HeadlineSpeaker().Match(title) is { Success: true } tail ? tail.Groups["who"].Value
            : HeadlineLabel().Match(title) is { Success: true } head ? head.Groups["who"].Value
            : null;
        named = named?.Trim();
        // "Address by the President, the Chairman ...": a bare title names no one but the office holder.
        var author = named is null || SpeakerWords.TitleWords.Contains(named.Split(' ')[^1]) ? null : ResolveName(state, named, null, 0);
        state.Author = author is { IsPerson: true } ? author : PrincipalOf(state);
        return state.Author;
    }

    [GeneratedRegex(@"\b(?:[Ss]peech|[Aa]ddress|[Rr]emarks|[Ss]tatement|[Ee]ssay|[Aa]rticle|[Oo]p-ed|[Ii]nterview)\s+by\s+(?<who>[^,:;(]+?)(?=\s+(?:at|to|during|in|for|on|before|with)\b|\s*[,:;(]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorByTitle();

    [GeneratedRegex(@"\s[-\u2013\u2014]\s+(?<who>(?:[A-Z][\w'\u2019\-]+\s+){1,3}[A-Z][\w'\u2019\-]+)(?:\s+(?:at|on|in|to)\b.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineSpeaker();

    [GeneratedRegex(@"^(?<who>(?:[A-Z][\w'\u2019\-]+\s+){1,3}[A-Z][\w'\u2019\-]+):\s", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineLabel();

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

    /// <summary>
    /// A title with no country ("the chancellor", "the PM"), in the order a reader weighs them: a holder the article
    /// named as a speaker; the holder in the country of an institution that just spoke ("Downing Street said ... The PM
    /// stressed" is the British prime minister even when Tusk was named as the one he phoned); a holder named anywhere,
    /// latest first; the only holder anywhere on the date; else the holder in the country of the latest speaker.
    /// </summary>
    private Entity? TitleHolder(ArticleState state, string role)
    {
        var named = state.Entities.Where(e => e.Actor is not null && e.IsPerson && e.LastSubject >= 0).OrderByDescending(e => e.LastSubject);
        if (named.FirstOrDefault(e => HoldsTitle(state, e, role, null, true)) is { } speaker)
        {
            return speaker;
        }
        var holders = _catalog.HoldersOn(role, state.Date);
        var byCountry = holders.GroupBy(h => h.Term.Country).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        Entity? InCountryOf(Entity? scene) => scene?.Speaker.Country is { } country && byCountry.TryGetValue(country, out var local)
            ? ActorEntity(state, local.Actor, local.Term)
            : null;
        var latestSpeaker = state.Entities.Where(e => e.LastSubject >= 0 && e.Members is null && e.Speaker.Country is not null)
            .OrderByDescending(e => e.LastSubject)
            .FirstOrDefault();
        if (latestSpeaker is { IsPerson: false, Actor.Kind: ActorKind.Institution } && InCountryOf(latestSpeaker) is { } office)
        {
            return office;
        }
        if (NamedTitleHolder(state, role, null) is { } mentioned)
        {
            return mentioned;
        }
        return holders.Count == 1 ? ActorEntity(state, holders[0].Actor, holders[0].Term) : InCountryOf(latestSpeaker);
    }

    private static bool HoldsTitle(ArticleState state, Entity entity, string role, string? country, bool exactly) =>
        entity.Actor!.TermsOn(state.Date).Any(t => (country is null || t.Country == country)
            && (exactly ? ActorCatalog.SameTitle(t.Title, role) : ActorCatalog.TitleMatches(t.Title, role)));

    /// <summary>The person the article has named, latest seen first, who held the title (for the country, if given) on the date.</summary>
    private static Entity? NamedTitleHolder(ArticleState state, string role, string? country)
    {
        var named = state.Entities.Where(e => e.Actor is not null && e.IsPerson).OrderByDescending(e => e.LastSeen).ToList();
        bool Holds(Entity e, bool exactly) => HoldsTitle(state, e, role, country, exactly);
        // The exact title first: "the prime minister" is the prime minister, even where a president was named. Only a
        // generic "leader" may mean any of the offices it stands for.
        return named.FirstOrDefault(e => Holds(e, true))
            ?? (ActorCatalog.IsGenericTitle(role) ? named.FirstOrDefault(e => Holds(e, false)) : null);
    }
}
