namespace StanceTracker.Core.Classification.Models;

/// <summary>
/// The stance model kinds a host knows, by id: what <c>--model</c> accepts, which kind <c>auto</c> means, and which kind
/// a saved folder holds. Hosts build one from the kinds they register (<see cref="StanceModelKinds.BuiltIn"/> lists ours).
/// </summary>
public sealed class StanceModelRegistry
{
    /// <summary>The model used when none is named: see <see cref="ResolveAuto"/>.</summary>
    public const string AutoId = "auto";

    private readonly IReadOnlyList<IStanceModelKind> _kinds;

    /// <param name="kinds">The kinds, the first being what <c>auto</c> falls back to.</param>
    public StanceModelRegistry(IEnumerable<IStanceModelKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _kinds = kinds.ToList();
        if (_kinds.Count == 0)
        {
            throw new ArgumentException("a registry needs at least one model kind", nameof(kinds));
        }
        var repeated = _kinds.GroupBy(k => k.Id, StringComparer.Ordinal).Where(g => g.Count() > 1 || g.Key == AutoId).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException($"model kind ids must be unique and not '{AutoId}': {string.Join(", ", repeated)}", nameof(kinds));
        }
        var unknownBases = _kinds.Where(k => k.BuildsOn is { } id && _kinds.All(b => b.Id != id)).Select(k => $"{k.Id} (on {k.BuildsOn})").ToList();
        if (unknownBases.Count > 0)
        {
            throw new ArgumentException($"model kinds built on a kind not registered: {string.Join(", ", unknownBases)}", nameof(kinds));
        }
    }

    public IReadOnlyList<IStanceModelKind> Kinds => _kinds;

    public IReadOnlyList<string> Ids => _kinds.Select(k => k.Id).ToList();

    /// <summary>What <c>auto</c> falls back to: the first kind registered.</summary>
    public IStanceModelKind Default => _kinds[0];

    /// <summary>The kind with this id; the error lists the known ids.</summary>
    public IStanceModelKind Get(string id) =>
        Find(id) ?? throw new ArgumentException($"unknown stance model '{id}': expected one of {string.Join(", ", Ids)}", nameof(id));

    public IStanceModelKind? Find(string id) => _kinds.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Reads a kind's id or <see cref="AutoId"/> (any case, trimmed); <c>auto</c> gives null, which a host resolves with
    /// <see cref="Resolve"/> only when it loads a classifier, so a run that classifies nothing reads no model files.
    /// </summary>
    public bool TryParse(string? text, out IStanceModelKind? kind)
    {
        var id = text?.Trim().ToLowerInvariant();
        kind = id is null ? null : Find(id);
        return kind is not null || id == AutoId;
    }

    /// <summary>
    /// The kind <c>auto</c> means for <paramref name="dataDirectory"/>: the first kind <see cref="IStanceModelKind.PreferredWhenCurrent"/>
    /// with a current model saved (whoever trained it asked for it), else <see cref="Default"/>, so that no command starts
    /// a long training unasked.
    /// </summary>
    public IStanceModelKind ResolveAuto(string dataDirectory) =>
        _kinds.FirstOrDefault(k => k.PreferredWhenCurrent && k.IsCurrent(dataDirectory)) ?? Default;

    /// <summary>The kind asked for, or what <c>auto</c> (null) means for <paramref name="dataDirectory"/>.</summary>
    public IStanceModelKind Resolve(IStanceModelKind? requested, string dataDirectory) => requested ?? ResolveAuto(dataDirectory);

    /// <summary>The kind whose model is saved in <paramref name="directory"/>, or null.</summary>
    public IStanceModelKind? FindSaved(string directory) => _kinds.FirstOrDefault(k => k.IsSaved(directory));

    /// <summary>Loads the model saved in <paramref name="directory"/>, whatever its kind.</summary>
    public IEvaluableClassifier LoadSaved(string directory) =>
        (FindSaved(directory) ?? throw new FileNotFoundException($"{directory}: no trained model of a known kind ({string.Join(", ", Ids)})")).Load(directory);

    /// <summary>The kinds to train, in order, for <paramref name="kind"/>: those it builds on first.</summary>
    public IReadOnlyList<IStanceModelKind> TrainingOrder(IStanceModelKind kind)
    {
        var order = new List<IStanceModelKind>();
        for (IStanceModelKind? k = kind; k is not null; k = k.BuildsOn is { } id ? Get(id) : null)
        {
            if (order.Contains(k))
            {
                throw new InvalidOperationException($"model kind '{kind.Id}' builds on itself");
            }
            order.Insert(0, k);
        }
        return order;
    }
}
