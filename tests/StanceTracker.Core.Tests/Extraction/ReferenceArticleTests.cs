using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Core.Tests.Extraction;

/// <summary>The codebook's worked examples, read from the shared reference article and the project's catalogue.</summary>
public sealed class ReferenceArticleTests
{
    private static IReadOnlyList<Statement> Riyadh()
    {
        var root = TestRepository.Root();
        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "seed", "riyadh-talks.txt"));
        if (!File.Exists(path))
        {
            Assert.Skip($"../shared not found: {path} is absent");
        }
        var catalog = ActorCatalog.Load(Path.Combine(root, "data", "actors.json"), Path.Combine(root, "data", "countries.json"));
        var results = new ArticleReader(new ArticleReaderOptions()).ReadFile(path).ToList();
        var article = Assert.Single(results).Article!;
        return new ArticleAnalyzer(catalog).Analyse(article).Statements;
    }

    [Theory]
    [InlineData("Introducing armed forces under any flag is completely unacceptable", "sergey-lavrov")]
    [InlineData("stated that Russia will not agree to Nato peacekeeping forces", "sergey-lavrov")]
    [InlineData("Ukraine joining NATO would directly threaten Russian security", "sergey-lavrov")]
    [InlineData("both countries would restore ambassadors", "sergey-lavrov")]
    [InlineData("We had a constructive discussion", "sergey-lavrov")]
    [InlineData("an important first step in a long process", "marco-rubio")]
    [InlineData("the European Union would eventually need to join negotiations", "marco-rubio")]
    [InlineData("No one is being excluded", "marco-rubio")]
    [InlineData("If they want to, that\u2019s fine. I support it.", "donald-trump")]
    [InlineData("Russia is ready to take steps to stop the violence", "donald-trump")]
    [InlineData("might consider sending UK troops", "keir-starmer")]
    [InlineData("any peace agreement must include US guarantees", "keir-starmer")]
    [InlineData("dismissed troop deployment discussions as premature", "olaf-scholz")]
    [InlineData("ruled out sending troops", "donald-tusk")]
    [InlineData("also opposed the idea", "giorgia-meloni")]
    [InlineData("Decisions about Ukraine should not be made without Ukraine\u2019s involvement", "volodymyr-zelensky")]
    public void Every_worked_example_is_extracted_with_its_speaker(string evidence, string actorId)
    {
        var statement = Assert.Single(Riyadh(), s => s.Text.Contains(evidence, StringComparison.Ordinal));

        Assert.Equal(actorId, statement.Speaker.ActorId);
    }

    [Fact]
    public void Tusk_reads_as_the_interfaces_example()
    {
        var tusk = Assert.Single(Riyadh(), s => s.Speaker.ActorId == "donald-tusk");

        Assert.Equal(new Speaker("Donald Tusk", "donald-tusk", "POL", "Prime Minister", Offices.HeadOfGovernment), tusk.Speaker);
        Assert.Equal("Polish Prime Minister Donald Tusk ruled out sending troops.", tusk.Text);
        Assert.Equal(StatementKind.Indirect, tusk.Kind);
    }

    [Fact]
    public void Starmer_is_named_canonically()
    {
        // One sentence, two positions: "suggested any peace agreement must include US guarantees ... and said he
        // might consider sending UK troops" is split at the second verb of saying.
        var starmer = Riyadh().Where(s => s.Speaker.ActorId == "keir-starmer").ToList();

        Assert.Equal(2, starmer.Count);
        Assert.All(starmer, s => Assert.Equal(("Keir Starmer", "GBR"), (s.Speaker.Name, s.Speaker.Country)));
        Assert.StartsWith("UK Prime Minister Sir Keir Starmer suggested any peace agreement must include US guarantees", starmer[0].Text, StringComparison.Ordinal);
        Assert.Equal("said he might consider sending UK troops to Ukraine.", starmer[1].Text);
    }
}
