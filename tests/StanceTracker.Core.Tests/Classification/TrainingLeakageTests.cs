using System.Text.RegularExpressions;

namespace StanceTracker.Core.Tests.Classification;

/// <summary>
/// The evaluation texts in ../shared measure the model; a training line that echoes one of them would make those
/// figures lie. Shared five-word runs are the trace such an echo leaves (one may be diplomatic boilerplate, two are not).
/// </summary>
public sealed partial class TrainingLeakageTests
{
    private const int RunLength = 5;
    private const int MostSharedRuns = 1;

    [GeneratedRegex("[a-z']+")]
    private static partial Regex Word();

    private static HashSet<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + RunLength <= words.Length; i++)
        {
            runs.Add(string.Join(' ', words, i, RunLength));
        }
        return runs;
    }

    [Fact]
    public void No_training_line_echoes_an_evaluation_text()
    {
        var root = TestRepository.Root();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var evaluationFolders = new[] { Path.Combine(shared, "eval"), Path.Combine(shared, "corpus", "seed") };
        if (!evaluationFolders.All(Directory.Exists))
        {
            Assert.Skip($"../shared not found: {shared} lacks eval/ or corpus/seed/, so there is nothing to compare with");
        }

        var evaluationRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in evaluationFolders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)))
        {
            evaluationRuns.UnionWith(Runs(File.ReadAllText(file)));
        }

        var echoes = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "data", "training"), "*.tsv", SearchOption.AllDirectories))
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                var text = line.Split('\t')[^1];
                var shared5 = Runs(text).Count(evaluationRuns.Contains);
                if (shared5 > MostSharedRuns)
                {
                    echoes.Add($"{Path.GetFileName(file)}:{number} shares {shared5} five-word runs: {text}");
                }
            }
        }

        Assert.True(echoes.Count == 0, $"{echoes.Count} training lines echo evaluation texts:\n{string.Join('\n', echoes.Take(20))}");
    }
}
