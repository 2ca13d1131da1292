using StanceTracker.Core.Extraction;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// Names: most mentions are a name with words around it, so this stage reads a mention into its country, role and
/// name, then tries the catalogue's aliases, the surnames and first names the article has used, and what the article
/// wrote out earlier, before handing a bare description on to the title stage.
/// </summary>
public sealed partial class SpeakerResolver
{
    private Entity? ResolveName(ArticleState state, string text, string? description, int end)
    {
        text = ExpandAbbreviatedTitle(text);
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Kind != TokenKind.QuoteMark).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        var joint = tokens.Any(t => t.Is("and")) && tokens.Count(t => t.IsCapitalised) >= 2;
        if (joint && EachNamed(state, text) is { } together)
        {
            return together; // "Hungary and Slovakia oppose ...", "Trump and Macron agreed ...": each takes the position
        }
        if (FindActor(state, tokens) is { } known)
        {
            return known;
        }
        if (joint)
        {
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
        if (country is not null && role?.ToLowerInvariant() is "side" or "delegation")
        {
            return CountryEntity(state, country); // "the Ukrainian side" in talks is the country
        }
        // A description with no name: an office on the date ("the German chancellor"), else kept as written.
        if (country is not null && role is not null && NamedTitleHolder(state, role, country.Code) is { } named)
        {
            return named; // "the French leader" after "Emmanuel Macron": the president the article is about, not the prime minister
        }
        if (country is not null && role is not null && _catalog.HolderOn(country.Code, role, state.Date) is { } holder)
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
            if (_catalog.HolderOn(office.Country, role, state.Date) is { } colleague && !ActorCatalog.IsGenericTitle(role))
            {
                return ActorEntity(state, colleague.Actor, colleague.Term);
            }
        }
        if (country is null && role is not null && titled && !afterPreposition && TitleHolder(state, role) is { } titleHolder)
        {
            return titleHolder;
        }
        if (OfficeOfNamedPerson(state, tokens, text) is { } speaksForLeader)
        {
            return speaksForLeader;
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
    /// "Macron's office", "Erdogan's spokesman": someone speaking for a leader the catalogue knows speaks for that leader's
    /// country; the text's words stay the name, as the catalogue has no entry for them.
    /// </summary>
    private Entity? OfficeOfNamedPerson(ArticleState state, List<Token> tokens, string text)
    {
        var possessive = tokens.FindIndex(t => t.Text is "'s" or "\u2019s");
        if (possessive <= 0 || possessive == tokens.Count - 1 || tokens.Skip(possessive + 1).Any(t => !t.IsWord || char.IsUpper(t.Text[0]))
            || FindActor(state, tokens.GetRange(0, possessive)) is not { IsPerson: true } principal || principal.Speaker.Country is null)
        {
            return null;
        }
        var head = tokens[^1].Text;
        var isPerson = SpeakerWords.IsPersonLikeNoun(head) || SpeakerWords.TitleWords.Contains(head);
        var entity = new Entity(new Speaker(StripDeterminer(text), null, principal.Speaker.Country, isPerson ? text[tokens[possessive + 1].Start..tokens[^1].End] : null),
            isPerson, false, null);
        Register(state, entity, null);
        return entity;
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
        var holders = _catalog.Actors.Where(a => a.Kind == ActorKind.Person && First(a.Name) == folded && a.TermsOn(state.Date).Any()).Take(2).ToList();
        return holders.Count == 1 ? ActorEntity(state, holders[0], null) : null;
    }

    private Entity? FindActor(ArticleState state, List<Token> tokens)
    {
        var words = tokens.Count;
        for (var n = Math.Min(words, Math.Max(1, _catalog.MaxAliasWords)); n >= 1; n--)
        {
            for (var start = words - n; start >= 0; start--)
            {
                var first = tokens[start];
                var last = tokens[start + n - 1];
                if (n == 1 && (!first.IsCapitalised || SpeakerWords.TitleWords.Contains(first.Text) || _catalog.Countries.TryFind(first.Text, out _)))
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
                var actors = _catalog.ByAlias(phrase);
                if (actors.Count == 0)
                {
                    continue;
                }
                var actor = actors.FirstOrDefault(a => state.ByActor.ContainsKey(a.Id))
                    ?? actors.FirstOrDefault(a => a.TermsOn(state.Date).Any())
                    ?? actors[0];
                if (actor.Kind == ActorKind.Institution && start + n < words && FindActor(state, tokens.GetRange(start + n, words - start - n)) is { IsPerson: true } person)
                {
                    return person; // "Russian Foreign Ministry spokeswoman Maria Zakharova": the person, not the ministry she speaks for
                }
                var titleText = string.Join(' ', tokens.Take(start).Select(t => t.Text));
                var term = actor.TermsOn(state.Date).FirstOrDefault(t => titleText.Contains(t.Title, StringComparison.OrdinalIgnoreCase))
                    ?? actor.TermsOn(state.Date).OrderBy(t => Offices.Seniority(t.Office)).FirstOrDefault();
                return ActorEntity(state, actor, term);
            }
        }
        return null;
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
                if (_catalog.Countries.TryFind(phrase, out var country))
                {
                    var end = i + n;
                    if (end < tokens.Count && tokens[end].Text is "'s" or "\u2019s")
                    {
                        end++;
                    }
                    return (country, end);
                }
            }
            // No country starts here: look further on, as a name or organisation may come first ("Labour's Shadow Home
            // Secretary").
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
            && !SpeakerWords.NonNameCapitals.Contains(token.Text) && !_catalog.Countries.TryFind(token.Text, out _)
            && !SpeakerWords.OrganisationWords.Contains(token.Text) && !(i + 1 < tokens.Count && tokens[i + 1].Text is "'s" or "\u2019s");
    }

    /// <summary>True when the token ends a country name of two or more words ("the United States Hamdullah Mohib").</summary>
    private bool EndsCountryName(List<Token> tokens, int index)
    {
        for (var n = 2; n <= 4 && index - n + 1 >= 0; n++)
        {
            if (_catalog.Countries.TryFind(string.Join(' ', tokens.Skip(index - n + 1).Take(n).Select(t => t.Text)), out _))
            {
                return true;
            }
        }
        return false;
    }

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
}
