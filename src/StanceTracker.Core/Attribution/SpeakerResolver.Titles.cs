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
    /// A title with no country ("the chancellor", "the pope"): the person the article has named who held it on the date,
    /// the latest seen first; else the only holder of that title anywhere on the date.
    /// </summary>
    private Entity? TitleHolder(ArticleState state, string role)
    {
        if (NamedTitleHolder(state, role, null) is { } named)
        {
            return named;
        }
        var holders = _catalog.HoldersOn(role, state.Date);
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
}
