using StanceTracker.Core.Classification.Transformer;
using StanceTracker.Data.Composition;

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

    /// <summary>The data folder: the catalogue, the models and their training data (data/models, data/training).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>How the transformer is fine-tuned when the dashboard trains it.</summary>
    public CrossEncoderSettings TransformerSettings { get; init; } = new();

    /// <summary>What the dashboard shares with the CLI, from these options.</summary>
    public StanceTrackerOptions Tracker => new(DataDirectory)
    {
        DatabasePath = DatabasePath,
        LoadCatalogue = LoadCatalogue,
        TransformerSettings = TransformerSettings,
    };

    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <param name="dataDirectory">The data folder, where the default database and demo corpus live too.</param>
    public static DashboardOptions FromConfiguration(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var paths = new DataPaths(dataDirectory);
        var loadCatalogue = !string.Equals(configuration["catalogue"], "false", StringComparison.OrdinalIgnoreCase);
        var db = configuration["db"];
        if (!string.IsNullOrWhiteSpace(db))
        {
            // An explicit database is the user's own: only seed it with the demo corpus when asked to.
            var seed = configuration["demo-corpus"];
            // A connection string is passed on as it is; a file path is made absolute.
            var database = StoreEngines.IsServer(db) ? db : Path.GetFullPath(db);
            return new DashboardOptions(database, string.IsNullOrWhiteSpace(seed) ? null : Path.GetFullPath(seed))
            {
                DataDirectory = paths.DataDirectory,
                LoadCatalogue = loadCatalogue,
                Transformer = ParseTransformer(configuration["transformer"], TransformerMode.Use),
            };
        }
        return new DashboardOptions(paths.DefaultDatabase, paths.DemoCorpus)
        {
            DataDirectory = paths.DataDirectory,
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
