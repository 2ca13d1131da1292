using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

/// <summary>
/// One classifier trained (seeded, 3 folds) on the hand-written fixture.tsv, shared by the classification tests so
/// MiniLM loads and the model trains once per run.
/// </summary>
public sealed class ClassifierFixture : IDisposable
{
    public static readonly ClassifierSettings Settings = new() { Seed = 42, Folds = 3 };

    public ClassifierFixture()
    {
        Lines = TrainingData.Load(FixturePath);
        CachePath = Path.Combine(Path.GetTempPath(), "stancetracker-tests", Guid.NewGuid().ToString("N"), "embeddings.cache");
        Result = ClassifierTrainer.Train(Lines, Settings, CachePath);
    }

    public IReadOnlyList<LabelledStatement> Lines { get; }
    public string CachePath { get; }
    public TrainingResult Result { get; }
    public StanceClassifier Classifier => Result.Classifier;

    public static string FixturePath { get; } = Find("tests", "StanceTracker.Core.Tests", "Classification", "fixture.tsv");

    public static string Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException($"{Path.Combine(parts)} not found above {AppContext.BaseDirectory}");
    }

    public void Dispose()
    {
        var folder = Path.GetDirectoryName(CachePath)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedClassifierGroup : ICollectionFixture<ClassifierFixture>
{
    public const string Name = "trained classifier";
}
