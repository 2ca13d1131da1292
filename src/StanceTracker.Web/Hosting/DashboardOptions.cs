using StanceTracker.Core.Classification.Transformer;
using StanceTracker.Data;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// What the dashboard serves. <c>--db FILE</c> picks the database; without it the embedded default under data/ is used
/// and kept in step with the demo corpus (built on first run).
/// </summary>
public sealed record DashboardOptions(string DatabasePath, string? DemoCorpus)
{
    /// <summary>Load data/actors.json into the database's actor tables at start-up (<c>--catalogue false</c> to keep a database's own).</summary>
    public bool LoadCatalogue { get; init; } = true;

    /// <summary>
    /// <c>--transformer off|use|train</c>. By default (use) the dashboard reads with the transformer when data/models
    /// holds one trained on the current training data, else with the fast model; it starts the half-hour fine-tuning only
    /// when told to (train), because on real news the transformer has not yet measured better than the fast model
    /// (README, "Figures").
    /// </summary>
    public TransformerMode Transformer { get; init; } = TransformerMode.Use;

    /// <summary>Where the models and their training data live (data/models, data/training): the checkout's data/ unless a test says otherwise.</summary>
    public string DataDirectory { get; init; } = ProjectPaths.DataDirectory;

    /// <summary>How the transformer is fine-tuned when the dashboard trains it.</summary>
    public CrossEncoderSettings TransformerSettings { get; init; } = new();

    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static DashboardOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var loadCatalogue = !string.Equals(configuration["catalogue"], "false", StringComparison.OrdinalIgnoreCase);
        var db = configuration["db"];
        if (!string.IsNullOrWhiteSpace(db))
        {
            // An explicit database is the user's own: only seed it with the demo corpus when asked to.
            var seed = configuration["demo-corpus"];
            return new DashboardOptions(Path.GetFullPath(db), string.IsNullOrWhiteSpace(seed) ? null : Path.GetFullPath(seed))
            {
                LoadCatalogue = loadCatalogue,
                Transformer = ParseTransformer(configuration["transformer"], TransformerMode.Use),
            };
        }
        return new DashboardOptions(ProjectPaths.DefaultDatabase, ProjectPaths.DemoCorpus)
        {
            LoadCatalogue = loadCatalogue,
            Transformer = ParseTransformer(configuration["transformer"], TransformerMode.Use),
        };
    }

    private static TransformerMode ParseTransformer(string? value, TransformerMode fallback) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => fallback,
        "off" => TransformerMode.Off,
        "use" => TransformerMode.Use,
        "train" => TransformerMode.Train,
        _ => throw new DashboardOptionsException($"--transformer '{value}': expected off, use or train"),
    };
}

/// <summary>A dashboard option that makes no sense; start-up reports it in one line.</summary>
public sealed class DashboardOptionsException(string message) : Exception(message);
