using System.Text.RegularExpressions;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Joint mentions: "the leaders", "both" or "Hungary and Slovakia" speak for several people at once, so the
/// statement is credited to each participant the readout or the list names; only when they cannot all be told apart
/// is the phrase kept as written, as one group.
/// </summary>
public sealed partial class SpeakerResolver
{
    private const int OpeningSentences = 8;

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
        // Pages copied from a site open with its name, the title again and a dateline before the first sentence, and
        // those lines may hold a meeting word too ("PM meeting in Paris"): the first opening sentence that names someone.
        foreach (var opening in layout.Sentences.Take(OpeningSentences).Select(s => layout.Slice(s.Start, s.End)).Where(s => MeetingVerb().IsMatch(s)))
        {
            var before = members.Count;
            foreach (var entity in NamedPeople(state, opening))
            {
                Add(entity);
            }
            foreach (var code in LeadersOf(opening))
            {
                if (_catalog.LeaderOn(code, state.Date) is { } leader)
                {
                    Add(ActorEntity(state, leader.Actor, leader.Term));
                }
            }
            if (members.Count > before)
            {
                break;
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
            if (_catalog.Countries.TryFind(part, out var country))
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
            // A name can close a run of capitals that opens with a place or title ("... and Northern Ireland Jeremy
            // Hunt"): the longest ending of the run that names a catalogued person.
            for (var start = i; start < j; start++)
            {
                if (FindActor(state, tokens.GetRange(start, j - start)) is { IsPerson: true, Actor: not null } person)
                {
                    yield return person;
                    break;
                }
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
                if (_catalog.Countries.TryFind(string.Join(' ', words.Take(n)), out var country))
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
}
