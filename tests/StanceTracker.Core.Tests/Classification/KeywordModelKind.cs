using System.Text.Json;
using System.Text.RegularExpressions;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Core.Tests.Classification;

/// <summary>
/// A fourth model kind, written outside Core as a host would: a statement is on a topic when it uses words seen mostly in
/// that topic's training lines, and takes the stance those words were most often labelled with. Crude, but real: it
/// learns from the lines, saves and loads its folder, and knows when the training data changed.
/// </summary>
internal sealed partial class KeywordModelKind : IStanceModelKind
{
    public const string KindId = "keyword";
    private const string ModelFile = "keywords.json";

    public string Id => KindId;
    public string Description => "words seen mostly on one topic";
    public bool PreferredWhenCurrent => true;
    public string? BuildsOn => null;

    public string ModelDirectory(string modelsDirectory) => Path.Combine(modelsDirectory, KindId);

    public bool IsSaved(string directory) => File.Exists(Path.Combine(directory, ModelFile));

    public bool IsCurrent(string dataDirectory)
    {
        var directory = ModelDirectory(StanceClassifier.ModelDirectory(dataDirectory));
        return IsSaved(directory) && Read(directory).DataHash == ClassifierTrainer.DataHash(TrainingData.Load(StanceClassifier.TrainingDirectory(dataDirectory)));
    }

    public IEvaluableClassifier Load(string directory) => new KeywordClassifier(Read(directory));

    public TrainedStanceModel Train(StanceModelTraining training)
    {
        var model = Learn(training.Lines);
        var directory = ModelDirectory(training.ModelsDirectory);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ModelFile), JsonSerializer.Serialize(model));
        return new TrainedStanceModel(new KeywordClassifier(model), directory, $"Model {model.Version}: {model.Keywords.Count} keywords; saved to {directory}");
    }

    public IEvaluableClassifier LoadOrTrain(string dataDirectory, StanceModelOptions? options = null, IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var modelsDirectory = StanceClassifier.ModelDirectory(dataDirectory);
        if (IsCurrent(dataDirectory))
        {
            return Load(ModelDirectory(modelsDirectory));
        }
        var lines = TrainingData.Load(StanceClassifier.TrainingDirectory(dataDirectory));
        return Train(new StanceModelTraining(lines, modelsDirectory, options ?? new StanceModelOptions(), progress, cancellation)).Classifier;
    }

    private static KeywordModel Read(string directory) =>
        JsonSerializer.Deserialize<KeywordModel>(File.ReadAllText(Path.Combine(directory, ModelFile)))!;

    private static KeywordModel Learn(IReadOnlyList<LabelledStatement> lines)
    {
        var byWord = lines.SelectMany(l => Words(l.Text).Select(w => (Word: w, Line: l))).GroupBy(p => p.Word);
        var keywords = new Dictionary<string, Keyword>(StringComparer.Ordinal);
        foreach (var word in byWord)
        {
            var topic = word.GroupBy(p => p.Line.Topic).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            if (topic.Key != LabelledStatement.NoTopic && topic.Count() >= 2 && topic.Count() >= 0.8 * word.Count())
            {
                var stance = topic.GroupBy(p => p.Line.Stance).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
                keywords[word.Key] = new Keyword(topic.Key, stance);
            }
        }
        var majority = lines.Where(l => l.HasTopic).GroupBy(l => l.Topic)
            .ToDictionary(g => g.Key, g => g.GroupBy(l => l.Stance).OrderByDescending(s => s.Count()).ThenBy(s => s.Key).First().Key, StringComparer.Ordinal);
        var hash = ClassifierTrainer.DataHash(lines);
        return new KeywordModel($"keyword-{hash[..12]}", hash, keywords, majority);
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex WordPattern();

    private sealed record Keyword(string Topic, Stance Stance);

    private sealed record KeywordModel(string Version, string DataHash, Dictionary<string, Keyword> Keywords, Dictionary<string, Stance> MajorityStance);

    private sealed class KeywordClassifier(KeywordModel model) : IEvaluableClassifier
    {
        public string Version => model.Version;

        public IReadOnlyList<string> Topics => [.. model.MajorityStance.Keys.Order(StringComparer.Ordinal)];

        public IReadOnlyDictionary<string, Stance> MajorityStance => model.MajorityStance;

        public IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs) =>
            [.. inputs.Select(input => (IReadOnlyList<PositionClaim>)[.. Hits(input.Text).GroupBy(k => k.Topic)
                .Select(g => new PositionClaim(g.Key, Vote(g), 0.5, Version))])];

        public IReadOnlyList<Stance?> StanceGivenTopic(IReadOnlyList<string> texts, IReadOnlyList<string> topics)
        {
            var result = new Stance?[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                if (model.MajorityStance.TryGetValue(topics[i], out var majority))
                {
                    var hits = Hits(texts[i]).Where(k => k.Topic == topics[i]).ToList();
                    result[i] = hits.Count == 0 ? majority : Vote(hits);
                }
            }
            return result;
        }

        private IEnumerable<Keyword> Hits(string text) => Words(text).Where(model.Keywords.ContainsKey).Select(w => model.Keywords[w]);

        private static Stance Vote(IEnumerable<Keyword> hits) =>
            hits.GroupBy(k => k.Stance).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
