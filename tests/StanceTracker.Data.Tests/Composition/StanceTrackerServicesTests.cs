using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Composition;

public sealed class StanceTrackerServicesTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_registered_service_resolves_on_a_fresh_data_folder()
    {
        var services = new ServiceCollection().AddStanceTracker(Options(new CountingModelKind()));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        foreach (var service in services.Select(d => d.ServiceType).Distinct())
        {
            Assert.NotNull(provider.GetRequiredService(service));
        }
        Assert.True(File.Exists(_temp.FilePath), "the database is created and prepared when first resolved");
    }

    [Fact]
    public void Each_container_loads_its_own_classifier_once()
    {
        var kind = new CountingModelKind();
        using var first = new ServiceCollection().AddStanceTracker(Options(kind)).BuildServiceProvider();
        using var second = new ServiceCollection().AddStanceTracker(Options(kind)).BuildServiceProvider();

        var firstClassifier = first.GetRequiredService<StanceClassifiers>().Get();
        Assert.Same(firstClassifier, first.GetRequiredService<StanceClassifiers>().Get());
        Assert.Equal(1, kind.Loads);

        Assert.NotSame(firstClassifier, second.GetRequiredService<StanceClassifiers>().Get());
        Assert.Equal(2, kind.Loads);
    }

    private StanceTrackerOptions Options(IStanceModelKind kind)
    {
        var data = Path.Combine(_temp.Folder, "data");
        Directory.CreateDirectory(data);
        return new StanceTrackerOptions(data) { DatabasePath = _temp.FilePath, Models = new StanceModelRegistry([kind]) };
    }

    /// <summary>A model kind that needs no training data and counts how often it is loaded.</summary>
    private sealed class CountingModelKind : IStanceModelKind
    {
        private int _loads;

        public int Loads => _loads;
        public string Id => "counting";
        public string Description => "counts its loads";
        public bool PreferredWhenCurrent => false;
        public string? BuildsOn => null;

        public string ModelDirectory(string modelsDirectory) => modelsDirectory;
        public bool IsSaved(string directory) => false;
        public bool IsCurrent(string dataDirectory) => false;
        public IEvaluableClassifier Load(string directory) => throw new NotSupportedException();
        public TrainedStanceModel Train(StanceModelTraining training) => throw new NotSupportedException();

        public IEvaluableClassifier LoadOrTrain(string dataDirectory, StanceModelOptions? options = null, IProgress<TrainingProgress>? progress = null,
            CancellationToken cancellation = default)
        {
            Interlocked.Increment(ref _loads);
            return new SilentClassifier();
        }
    }

    private sealed class SilentClassifier : IEvaluableClassifier
    {
        public string Version => "silent";
        public IReadOnlyList<string> Topics => [];
        public IReadOnlyDictionary<string, Stance> MajorityStance => new Dictionary<string, Stance>();
        public IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs) => [.. inputs.Select(_ => (IReadOnlyList<PositionClaim>)[])];
        public IReadOnlyList<Stance?> StanceGivenTopic(IReadOnlyList<string> texts, IReadOnlyList<string> topics) => [.. texts.Select(_ => (Stance?)null)];
    }
}
