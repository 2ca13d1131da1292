using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Queries;

/// <summary>The country-by-topic matrix as of one date. A missing cell means no position in the window.</summary>
public sealed record MatrixView(DateOnly AsOf, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Countries, IReadOnlyList<MatrixCell> Cells)
{
    // A scan rather than a cached dictionary: a matrix has a few hundred cells, and a cache would go stale
    // under `with { Cells = ... }`, which copies fields.
    public MatrixCell? Cell(string country, string topicId) =>
        Cells.FirstOrDefault(c => string.Equals(c.Country, country, StringComparison.Ordinal)
            && string.Equals(c.TopicId, topicId, StringComparison.Ordinal));
}

/// <summary>
/// The position that stands for a country on a topic: the latest in the window, with the reviewed stance if a human
/// corrected it. <see cref="StatementCount"/> counts all the country's statements on the topic in the window.
/// </summary>
public sealed record MatrixCell(
    string Country,
    string TopicId,
    Stance Stance,
    double Confidence,
    DateOnly Date,
    string SpeakerName,
    string? ActorId,
    long StatementId,
    int StatementCount);
