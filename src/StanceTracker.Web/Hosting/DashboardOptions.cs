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
            return new DashboardOptions(Path.GetFullPath(db), string.IsNullOrWhiteSpace(seed) ? null : Path.GetFullPath(seed)) { LoadCatalogue = loadCatalogue };
        }
        return new DashboardOptions(ProjectPaths.DefaultDatabase, ProjectPaths.DemoCorpus) { LoadCatalogue = loadCatalogue };
    }
}
