using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Data.Tests.Fixtures;

/// <summary>
/// Invented world for the tests: the republics of Ardenia (ARD), Borovia (BOR) and Calvera (CAL) arguing over the
/// Meridian Canal, fishing quotas in the Grey Sound and a joint border commission.
/// </summary>
internal static class TestData
{
    public const string Canal = "meridian-canal";
    public const string Fishing = "grey-sound-quotas";
    public const string Border = "border-commission";

    public static IReadOnlyList<Topic> Topics { get; } =
    [
        new(Canal, "Meridian Canal", "The Meridian Canal treaty should be ratified.", "Whether the canal treaty is ratified.", ["canal", "locks", "treaty"]),
        new(Fishing, "Grey Sound quotas", "Fishing quotas in the Grey Sound should be raised.", "Catch limits in the shared sound.", ["quota", "herring"]),
        new(Border, "Border commission", "A joint border commission should be created.", "Settling the mountain border.", ["border", "commission"]),
    ];

    public static Actor Mirela { get; } = new(
        "mirela-vost", "Mirela Vost", ActorKind.Person, "ARD", "f", null,
        ["Vost", "President Vost"],
        [new OfficeTerm(Offices.HeadOfState, "President", "ARD", new DateOnly(2021, 3, 1), null)]);

    public static Actor Tomas { get; } = new(
        "tomas-kell", "Tomas Kell", ActorKind.Person, "BOR", "m", "Q0000001",
        ["Kell"],
        [new OfficeTerm(Offices.ForeignMinister, "Foreign Minister", "BOR", new DateOnly(2019, 1, 1), new DateOnly(2024, 6, 30))]);

    public static ArticleBuilder Article(DateOnly published) => new(published);
}

/// <summary>Builds an analysed article whose body contains its statements, with offsets that point at them.</summary>
internal sealed class ArticleBuilder(DateOnly published)
{
    private static int _counter;

    // Makes every built article's body, and so its content hash, unique unless the same builder is built twice.
    private readonly int _number = Interlocked.Increment(ref _counter);
    private readonly List<(Speaker Speaker, string Text, PositionClaim[] Positions)> _statements = [];
    private string _source = "Harbour Gazette";
    private string _title = "Talks in Port Selin";

    public ArticleBuilder From(string sourceName)
    {
        _source = sourceName;
        return this;
    }

    public ArticleBuilder Titled(string text)
    {
        _title = text;
        return this;
    }

    public ArticleBuilder Says(string speaker, string? country, string text, params PositionClaim[] positions) =>
        Says(new Speaker(speaker, null, country, null), text, positions);

    public ArticleBuilder Says(Speaker speaker, string text, params PositionClaim[] positions)
    {
        _statements.Add((speaker, text, positions));
        return this;
    }

    public static PositionClaim On(string topicId, Stance stance, double confidence = 0.8) =>
        new(topicId, stance, confidence, "test-model-1");

    public AnalysedArticle Build()
    {
        var body = $"Dispatch {_number} from Port Selin.";
        var built = new List<Statement>();
        foreach (var (speaker, text, positions) in _statements)
        {
            body += "\n\n";
            var start = body.Length;
            body += text;
            built.Add(new Statement(speaker, text, StatementKind.Direct, start, body.Length, positions));
        }
        var article = new Article(
            _title,
            new DateTimeOffset(published.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero),
            _source,
            $"https://gazette.example/{_number}",
            "Ines Marl",
            "en",
            body,
            $"fixtures/article-{_number}.txt");
        return new AnalysedArticle(article, built);
    }
}
