using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Composition;

/// <summary>Every file the application reads from its data folder, named once.</summary>
public sealed class DataPaths
{
    public const string DefaultDatabaseFileName = "stancetracker.db";

    public DataPaths(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataDirectory = Path.GetFullPath(dataDirectory);
    }

    public string DataDirectory { get; }

    public string TopicsFile => Path.Combine(DataDirectory, "topics.json");

    public string ActorsFile => Path.Combine(DataDirectory, "actors.json");

    public string CountriesFile => Path.Combine(DataDirectory, "countries.json");

    /// <summary>Where trained stance models are saved (each kind in its own place under it).</summary>
    public string ModelsDirectory => StanceClassifier.ModelDirectory(DataDirectory);

    /// <summary>The articles the dashboard's default database is built from.</summary>
    public string DemoCorpus => Path.Combine(DataDirectory, "corpus");

    public string DefaultDatabase => Path.Combine(DataDirectory, DefaultDatabaseFileName);
}
