using System.Text.Json.Serialization;
using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Queries;

public enum StatementSort
{
    DateDescending,
    DateAscending,
    ConfidenceAscending,
    ConfidenceDescending,
}

/// <summary>
/// What the statements table shows. Every filter is optional; <see cref="Page"/> is zero-based. Topic, stance,
/// confidence and needs-review concern a statement's positions, so they leave out statements without any.
/// </summary>
public sealed record StatementFilter
{
    /// <summary>The most rows one request returns: a page on screen, or a CSV download.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>Words to find in the statement text; searched as plain words, never as query syntax.</summary>
    public string? Text { get; init; }

    public string? TopicId { get; init; }

    public Stance? Stance { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the speaker (the reviewed speaker's where corrected).</summary>
    public string? Country { get; init; }

    /// <summary>A catalogue actor id, or an actor key (<c>name:...|ISO</c>) for speakers the catalogue does not know.</summary>
    public string? Actor { get; init; }

    /// <summary>The statements of one stored article, as the ingest page links to them.</summary>
    public long? ArticleId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public double? MinConfidence { get; init; }

    public double? MaxConfidence { get; init; }

    /// <summary>True: only positions the model flagged and nobody has reviewed yet; false: the others.</summary>
    public bool? NeedsReview { get; init; }

    public StatementSort Sort { get; init; } = StatementSort.DateDescending;

    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}

/// <summary>
/// One row of the statements table: a statement with one of its positions (reviews applied), or with none when the
/// classifier found no tracked topic in it.
/// </summary>
public sealed class StatementRow
{
    public long StatementId { get; init; }
    public long? PositionId { get; init; }
    public string Date { get; init; } = "";
    public string SpeakerName { get; init; } = "";
    public string? ActorId { get; init; }
    public string? ActorKey { get; init; }
    public string? Country { get; init; }
    public bool SpeakerReviewed { get; init; }
    public string? TopicId { get; init; }
    public string? Stance { get; init; }
    public string? ModelStance { get; init; }
    public double? Confidence { get; init; }
    public bool Reviewed { get; init; }
    public bool NeedsReview { get; init; }
    public string Text { get; init; } = "";
    public long ArticleId { get; init; }
    public string ArticleTitle { get; init; } = "";
    public string? Source { get; init; }
    public string? Url { get; init; }

    /// <summary>How many distinct outlets carried the statement: its own article's and those of its wire copies.</summary>
    public int Outlets => Reach.Outlets;

    /// <summary>How many articles carried the statement: its own and every further report of it as a wire copy.</summary>
    public int Reports => Reach.Articles;

    /// <summary>Set by the query after reading the page; the JSON and CSV give its counts, the page lists its further reports.</summary>
    [JsonIgnore]
    public StatementReach Reach { get; internal set; } = new(1, 0, []);

    public static IReadOnlyList<string> Columns { get; } =
        ["statement_id", "position_id", "date", "speaker", "actor_id", "country", "speaker_reviewed", "topic", "stance",
         "model_stance", "confidence", "reviewed", "needs_review", "text", "article_id", "article_title", "source", "url",
         "outlets", "reports"];

    public IEnumerable<object?> Cells() =>
        [StatementId, PositionId, Date, SpeakerName, ActorId, Country, SpeakerReviewed, TopicId, Stance,
         ModelStance, Confidence, Reviewed, NeedsReview, Text, ArticleId, ArticleTitle, Source, Url, Outlets, Reports];
}

public sealed record StatementPage(IReadOnlyList<StatementRow> Rows, int Total, int Page, int PageSize);

/// <summary>One page of statements matching a filter, with the total count.</summary>
public interface IStatementListQuery
{
    StatementPage Get(StatementFilter filter);
}
