using System.Collections.Frozen;

namespace StanceTracker.Core.Text;

/// <summary>Closed word lists for reading speaker phrases: titles, honorifics, nouns that can speak, pronouns.</summary>
public static class SpeakerWords
{
    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics: dropped from names, and a hint of gender.</summary>
    public static FrozenSet<string> Honorifics { get; } = Set("sir dame lord lady mr mr. mrs mrs. ms ms. miss dr dr. prof prof. madam monsieur herr frau baroness baron");

    public static FrozenSet<string> MaleHonorifics { get; } = Set("sir lord mr mr. monsieur herr baron king prince");

    public static FrozenSet<string> FemaleHonorifics { get; } = Set("dame lady mrs mrs. ms ms. miss madam frau baroness queen princess");

    /// <summary>Words of titles and roles, capitalised or not: they are not part of a person's name.</summary>
    public static FrozenSet<string> TitleWords { get; } = Set(
        "president vice prime minister ministers chancellor secretary foreign defence defense home interior finance justice health education " +
        "ambassador envoy special spokesman spokeswoman spokesperson press deputy chief executive director general major lieutenant colonel " +
        "commander admiral sergeant captain senator congressman congresswoman representative governor mayor king queen prince princess pope " +
        "premier leader head chairman chairwoman chair commissioner undersecretary under-secretary shadow emeritus professor doctor judge justice " +
        "attorney adviser advisor aide coach manager founder co-founder ceo cfo cto officer official officials sheikh emir crown state " +
        "high representative councillor councilor mp mep lawmaker legislator speaker delegate negotiator diplomat consul counsellor " +
        "opposition party member team campaigner barrister lawyer activist analyst economist expert researcher scientist coauthor co-author author " +
        "student major psychology editor reporter correspondent writer columnist academic vice-president vice-chancellor taoiseach " +
        "sir dame lord lady mr mrs ms miss dr prof first staff");

    /// <summary>Lower-case heads of a speaker phrase: "a teacher", "the researchers", "officials", "media".</summary>
    public static FrozenSet<string> SpeakerNouns { get; } = Set(
        "official officials spokesman spokeswoman spokesperson minister ministers president leader leaders government governments ministry " +
        "court judge judges church department agency team group party company firm authority authorities army military police officer officers " +
        "scientists scientist researchers researcher experts expert analysts analyst critics critic residents resident witnesses witness sources " +
        "source media people individuals someone somebody poster posters users user teacher teachers coach father mother son daughter wife husband " +
        "brother sister family doctor doctors lawyer lawyers prosecutor prosecutors diplomat diplomats envoy ambassador negotiators negotiator " +
        "organisers organizers organization organisation union unions board council committee commission kremlin office embassy " +
        "investigators investigator protesters activists activist campaigners campaigner student students member members director chief head " +
        "chairman manager owner owners founder co-founder professor economist economists observers observer citizens voters woman man women men " +
        "boy girl girls boys victim victims survivor survivors pilot soldier soldiers commander commanders general spokespeople staff employees " +
        "workers worker farmers fans player players mayor governor senator senators lawmakers legislators parliament delegation administration " +
        "regime navy ministries presidency chancellery cabinet coauthor co-author authors author pair side sides counterparts parties two both");

    /// <summary>Person pronouns that can stand for a speaker outside a quotation.</summary>
    public static FrozenSet<string> Pronouns { get; } = Set("he she they it we i");

    /// <summary>Capitalised words that open sentences and never start a name.</summary>
    public static FrozenSet<string> NonNameCapitals { get; } = Set(
        "the a an but and or however in on at after before during meanwhile when while since as if although though then yet so also earlier " +
        "later this that these those there here it he she they we i you his her their its our my your speaking asked citing despite amid " +
        "for from with without by of to under over about against following according last next both each every other such no not " +
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october " +
        "november december today yesterday tomorrow now instead still even only just what which who whom whose where why how image photo");

    /// <summary>Words that mark an organisation rather than a person.</summary>
    public static FrozenSet<string> OrganisationWords { get; } = Set(
        "ministry department office agency council court church news times herald post journal press association union university college " +
        "school district party government company corporation inc ltd group committee commission authority police army navy force forces " +
        "service services bank fund foundation institute organization organisation bureau house kremlin parliament assembly congress senate " +
        "team club league federation embassy administration network tv radio channel daily paper review federal national international " +
        "tribune guardian telegraph reuters ap afp bbc cnn kcna yonhap tass ria interfax wikinews microsoft google facebook twitter " +
        "plant factory works mill airport port station centre center hospital museum theatre theater stadium exchange side delegation");

    public static bool IsPersonLikeNoun(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (SpeakerNouns.Contains(word) || TitleWords.Contains(word))
        {
            return true;
        }
        var lower = word.ToLowerInvariant();
        return lower.Length > 4 && !NotPersonNouns.Contains(lower)
            && (lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("ers", StringComparison.Ordinal)
                || lower.EndsWith("ist", StringComparison.Ordinal) || lower.EndsWith("ists", StringComparison.Ordinal)
                || lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ians", StringComparison.Ordinal)
                || lower.EndsWith("man", StringComparison.Ordinal) || lower.EndsWith("men", StringComparison.Ordinal)
                || lower.EndsWith("person", StringComparison.Ordinal) || lower.EndsWith("or", StringComparison.Ordinal)
                || lower.EndsWith("ors", StringComparison.Ordinal));
    }

    // -er/-or nouns that are things, not people.
    private static readonly FrozenSet<string> NotPersonNouns = Set(
        "letter letters paper papers number numbers order orders matter matters water border borders power powers center centre " +
        "chapter after later never other others either neither whether rather further together however over under corner quarter " +
        "error errors factor factors sector sectors floor door doors mirror mirrors color colour labor labour favor favour honor honour " +
        "behavior behaviour humor rumor rumour terror horror anchor tumor motor motors vector major minor interior exterior superior " +
        "register computer computers manner member members chamber chambers summer winter number october november december september " +
        "filter filters meter cluster monster poster question rather whatever character characters container transfer disaster shelter " +
        "longer younger older ever however whenever water winner dinner lower upper inner outer sooner later");
}
