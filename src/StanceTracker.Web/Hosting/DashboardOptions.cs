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

    /// <summary>
    /// <c>--watch on|off</c>: whether the dashboard polls the news sources (<c>stancetracker sources add</c>, the /sources
    /// page) as they fall due. On by default: with no sources it costs one look a minute; off leaves it to <c>stancetracker watch</c>.
    /// </summary>
    public bool Watch { get; init; } = true;

    /// <summary>The data folder: the catalogue, the models and their training data (data/models, data/training).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>How the transformer is fine-tuned when the dashboard trains it.</summary>
    public CrossEncoderSettings TransformerSettings { get; init; } = new();

    /// <summary>
    /// <c>--auth on|off|auto</c>: whether pages need a signed-in user (team mode). Auto, the default, turns it on for a
    /// PostgreSQL store, the one a team shares, and leaves a SQLite file to its one local analyst.
    /// </summary>
    public AuthMode Auth { get; init; } = AuthMode.Auto;

    /// <summary>
    /// Whether every address the dashboard listens on is a loopback one (<c>--urls</c>). Without sign-in, anonymous
    /// visitors may review and add articles only then: anyone who can reach it is at this computer.
    /// </summary>
    public bool LoopbackOnly { get; init; } = true;

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
        var auth = ParseAuth(configuration["auth"]);
        var watch = ParseWatch(configuration["watch"]);
        var loopbackOnly = ListensOnLoopbackOnly(configuration[WebHostDefaults.ServerUrlsKey]);
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
                Auth = auth,
                LoopbackOnly = loopbackOnly,
                Watch = watch,
            };
        }
        return new DashboardOptions(paths.DefaultDatabase, paths.DemoCorpus)
        {
            DataDirectory = paths.DataDirectory,
            LoadCatalogue = loadCatalogue,
            Transformer = ParseTransformer(configuration["transformer"], TransformerMode.Use),
            Auth = auth,
            LoopbackOnly = loopbackOnly,
            Watch = watch,
        };
    }

    private static AuthMode ParseAuth(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => AuthMode.Auto,
        "on" => AuthMode.On,
        "off" => AuthMode.Off,
        _ => throw new DashboardOptionsException($"--auth '{value}': expected on, off or auto"),
    };

    /// <summary>
    /// Whether every URL in <c>--urls</c> (none: <see cref="DefaultUrl"/>) names a loopback host. A wildcard (<c>*</c>,
    /// <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) or any other host counts as reachable from elsewhere.
    /// </summary>
    public static bool ListensOnLoopbackOnly(string? urls)
    {
        var list = string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls;
        foreach (var url in list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
            var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))] : rest.Split(':', '/')[0];
            var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
            if (!loopback)
            {
                return false;
            }
        }
        return true;
    }

    private static bool ParseWatch(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "on" => true,
        "off" => false,
        _ => throw new DashboardOptionsException($"--watch '{value}': expected on or off"),
    };

    private static TransformerMode ParseTransformer(string? value, TransformerMode fallback) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => fallback,
        "off" => TransformerMode.Off,
        "use" => TransformerMode.Use,
        "train" => TransformerMode.Train,
        _ => throw new DashboardOptionsException($"--transformer '{value}': expected off, use or train"),
    };
}

/// <summary><c>--auth</c>: sign-in on, off, or on for a PostgreSQL store only.</summary>
public enum AuthMode
{
    Auto,
    On,
    Off,
}

/// <summary>A dashboard option that makes no sense; start-up reports it in one line.</summary>
public sealed class DashboardOptionsException(string message) : Exception(message);
