using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Classification.Transformer;

namespace StanceTracker.Data.Composition;

/// <summary>What a host tells <see cref="StanceTrackerServices.AddStanceTracker(Microsoft.Extensions.DependencyInjection.IServiceCollection, StanceTrackerOptions)"/>.</summary>
/// <param name="DataDirectory">The folder holding the taxonomy, the actor catalogue, the models and the demo corpus.</param>
public sealed record StanceTrackerOptions(string DataDirectory)
{
    /// <summary>The database file; null means the default one in <see cref="DataDirectory"/>.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>
    /// Open the database read-only and as it is (no migration, no catalogue): reading commands then never create an
    /// empty database by mistake, and work on read-only media.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>Load the actor catalogue into the database's actor tables when opening it; false keeps a database's own (tests that seed their own world).</summary>
    public bool LoadCatalogue { get; init; } = true;

    /// <summary>
    /// Store a statement that is a wire copy of a stored one (same speaker, a few days apart, near-identical text) once,
    /// with every article as a source; false stores every copy as a statement of its own (only to measure the cost).
    /// </summary>
    public bool DetectWireCopies { get; init; } = true;

    /// <summary>How the transformer is fine-tuned when it is trained on first use.</summary>
    public CrossEncoderSettings TransformerSettings { get; init; } = new();

    /// <summary>The stance model kinds; null means the built-in ones with <see cref="TransformerSettings"/>.</summary>
    public StanceModelRegistry? Models { get; init; }
}
