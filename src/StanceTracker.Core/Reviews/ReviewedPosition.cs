using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Core.Reviews;

/// <summary>One stored correction, as the rules read it.</summary>
public sealed record ReviewEntry(long Id, long? PositionId, ReviewField Field, string? NewValue, DateTimeOffset ReviewedAt);

/// <summary>Whom a position counts for: the name as shown, the catalogue actor if known, and the country.</summary>
public sealed record Attribution(string SpeakerName, string? ActorId, string? Country)
{
    /// <summary>The actor key the position is aggregated under (see <see cref="PositionEvidence.KeyFor"/>).</summary>
    public string ActorKey => PositionEvidence.KeyFor(ActorId, SpeakerName, Country);
}

/// <summary>A catalogue actor a speaker correction may name by id.</summary>
public sealed record CatalogueEntry(string Id, string Name, string Country);

/// <summary>A position as the classifier stored it, with the attribution it was stored under.</summary>
public sealed record ModelPosition(long PositionId, string TopicId, Stance Stance, Attribution Speaker);

/// <summary>A position with every review applied: what the matrix, timelines and evidence count.</summary>
public sealed record ReviewedPosition(long PositionId, string TopicId, Stance Stance, bool Reviewed, Attribution Speaker);

/// <summary>A statement's positions with its reviews applied; <see cref="CorrectedSpeaker"/> is null without a speaker correction.</summary>
public sealed record ReviewedStatement(Attribution? CorrectedSpeaker, IReadOnlyList<ReviewedPosition> Positions);

/// <summary>
/// How corrections apply. The model's rows are never rewritten; for each field the latest review wins, and a speaker
/// correction moves every position of the statement to the corrected speaker. The store saves what this decides.
/// </summary>
public static class ReviewRules
{
    /// <summary>
    /// The review of <paramref name="field"/> that counts: the one reviewed last, and of two saved at the same instant the
    /// one saved last. Reviews without a new value (a cleared field) do not count.
    /// </summary>
    public static ReviewEntry? Latest(IEnumerable<ReviewEntry> reviews, ReviewField field, long? positionId)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ReviewEntry? latest = null;
        foreach (var review in reviews)
        {
            if (review.Field != field || review.PositionId != positionId || review.NewValue is null)
            {
                continue;
            }
            if (latest is null || review.ReviewedAt > latest.ReviewedAt || (review.ReviewedAt == latest.ReviewedAt && review.Id > latest.Id))
            {
                latest = review;
            }
        }
        return latest;
    }

    /// <summary>
    /// The statement's speaker after corrections: a correction naming a catalogue actor's id takes that actor's name and
    /// country; any other text is a speaker the catalogue does not know, in the country the statement was given.
    /// Null when no speaker correction counts.
    /// </summary>
    private static Attribution? CorrectedSpeaker(IEnumerable<ReviewEntry> statementReviews, string? statementCountry, Func<string, CatalogueEntry?> findActor)
    {
        ArgumentNullException.ThrowIfNull(findActor);
        if (Latest(statementReviews, ReviewField.Speaker, positionId: null) is not { NewValue: { } named })
        {
            return null;
        }
        return findActor(named) is { } actor
            ? new Attribution(actor.Name, actor.Id, actor.Country)
            : new Attribution(named, null, statementCountry);
    }

    /// <summary>Every position of one statement with the statement's reviews applied, and the corrected speaker if any.</summary>
    public static ReviewedStatement Apply(
        IEnumerable<ModelPosition> positions, IReadOnlyCollection<ReviewEntry> statementReviews, string? statementCountry, Func<string, CatalogueEntry?> findActor)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(statementReviews);
        var speaker = CorrectedSpeaker(statementReviews, statementCountry, findActor);
        var reviewed = positions.Select(p => new ReviewedPosition(
                p.PositionId,
                Latest(statementReviews, ReviewField.Topic, p.PositionId)?.NewValue ?? p.TopicId,
                Latest(statementReviews, ReviewField.Stance, p.PositionId) is { NewValue: { } stance } ? ParseStance(stance) : p.Stance,
                statementReviews.Any(r => r.PositionId == p.PositionId),
                speaker ?? p.Speaker))
            .ToList();
        return new ReviewedStatement(speaker, reviewed);
    }

    private static Stance ParseStance(string text) =>
        StanceNames.TryParse(text, out var stance) ? stance : throw new InvalidOperationException($"A stance review holds '{text}', which is not a stance.");
}
