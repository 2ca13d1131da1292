using Dapper;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Classification.Transformer;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Hosting;

/// <summary>
/// The first run as a user meets it, on a small scale: the dashboard answers at once, the fast model (trained on the
/// fixture lines) builds the demo database, the transformer is fine-tuned in the background (a few steps here), swapped
/// in, and the stored articles are classified again with it.
/// </summary>
public sealed class ModelUpgradeTests : IDisposable
{
    private readonly DashboardFactory _factory;
    private readonly string _dataDirectory;

    public ModelUpgradeTests()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stancetracker-upgrade-" + Guid.NewGuid().ToString("N")[..12]);
        _dataDirectory = Path.Combine(folder, "data");
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "training"));
        var checkout = TestServices.Checkout;
        foreach (var file in new[] { checkout.TopicsFile, checkout.ActorsFile, checkout.CountriesFile })
        {
            File.Copy(file, Path.Combine(_dataDirectory, Path.GetFileName(file)));
        }
        File.Copy(Find("tests", "StanceTracker.Core.Tests", "Classification", "fixture.tsv"), Path.Combine(_dataDirectory, "training", "fixture.tsv"));
        var corpus = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.txt"),
            "---\ntitle: Warsaw rules out troops\npublished: 2025-03-04\nsource: Test Wire\n---\n\nPolish Prime Minister Donald Tusk said on Tuesday that Poland would not send soldiers to Ukraine.\n");
        File.WriteAllText(Path.Combine(corpus, "b.txt"),
            "---\ntitle: Sanctions stay\npublished: 2025-03-05\nsource: Test Wire\n---\n\nGerman Chancellor Olaf Scholz said sanctions on Russia must stay in place until Moscow withdraws.\n");
        Folder = folder;
        _factory = new DashboardFactory
        {
            Options = database => new DashboardOptions(database, corpus)
            {
                LoadCatalogue = false,
                Transformer = TransformerMode.Train,
                DataDirectory = _dataDirectory,
                TransformerSettings = new CrossEncoderSettings { BatchSize = 8, MaxSteps = 4, CalibrationFraction = 0.15 },
            },
        };
    }

    private string Folder { get; }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    [Fact]
    public async Task The_fast_model_serves_first_then_the_transformer_is_trained_swapped_in_and_the_stored_articles_re_read()
    {
        var states = new List<ModelUpgradeState>();
        using var client = _factory.CreateClient();
        var upgrade = _factory.Services.GetRequiredService<ModelUpgrade>();
        upgrade.Changed += () => { lock (states) { states.Add(upgrade.Status.State); } };

        var page = await client.GetAsync("/matrix", TestContext.Current.CancellationToken);
        Assert.True(page.IsSuccessStatusCode, "the dashboard answers while it prepares");

        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (upgrade.Status.State is not (ModelUpgradeState.Ready or ModelUpgradeState.Failed) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Equal(ModelUpgradeState.Ready, upgrade.Status.State);
        var version = upgrade.Status.Message!;
        Assert.StartsWith("xenc-", version, StringComparison.Ordinal);
        lock (states)
        {
            Assert.Contains(ModelUpgradeState.Training, states);
            Assert.Contains(ModelUpgradeState.Reclassifying, states);
        }
        var analyzer = _factory.Services.GetRequiredService<StanceModels>().Analyzer;
        Assert.Contains($"+classify:{version}", analyzer.Version, StringComparison.Ordinal);
        // The articles record the transformer and the topic words it was checked against (the data folder's topics.json).
        var classifiedBy = analyzer.ClassifiedBy!;
        Assert.StartsWith($"{version}+evidence:", classifiedBy, StringComparison.Ordinal);
        using var connection = _factory.Database.OpenConnection();
        Assert.Equal([classifiedBy, classifiedBy], connection.Query<string>("SELECT classified_by FROM articles ORDER BY id"));
        Assert.Empty(connection.Query<string>("SELECT model_version FROM positions WHERE model_version NOT LIKE 'xenc-%'"));
        Assert.True(TransformerStanceClassifier.Exists(Path.Combine(_dataDirectory, "models", "transformer")));
    }

    private static string Find(params string[] parts)
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
}
