using System.Data;
using System.Globalization;
using Dapper;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Replaces the model's positions of a stored article with another classifier's inside the caller's transaction, for
/// every engine (the SQL is portable). Positions a person has reviewed are kept, and the new model adds nothing on a
/// topic they cover: a human decision outranks every model. <c>articles.classified_by</c> records which model the
/// positions now come from.
/// </summary>
internal static class ArticleReclassifier
{
    // Articles classified by another model; articles from before classified_by existed count when they hold positions
    // (articles stored without classification hold none and stay as they are).
    private const string StaleArticlesSql = """
        SELECT a.id FROM articles a
        WHERE (a.classified_by IS NOT NULL AND a.classified_by <> @Version)
           OR (a.classified_by IS NULL AND EXISTS (SELECT 1 FROM statements s JOIN positions p ON p.statement_id = s.id WHERE s.article_id = a.id))
        ORDER BY a.id
        """;

    /// <summary>The ids of the articles whose positions another classifier than <paramref name="classifierVersion"/> gave.</summary>
    public static IReadOnlyList<long> ArticlesClassifiedOtherwise(IDbConnection connection, string classifierVersion) =>
        connection.Query<long>(StaleArticlesSql, new { Version = classifierVersion }).ToList();

    private sealed record ArticleRow(string Title, string Published, string? Source, string? Url, string? Author, string? Language, string Body, string Origin);

    private const string ArticleSql = """
        SELECT a.title AS Title, a.published AS Published, s.name AS Source, a.url AS Url, a.author AS Author,
               a.language AS Language, a.body AS Body, a.origin AS Origin
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        WHERE a.id = @Id
        """;

    /// <summary>The stored article as the reader gave it, to be analysed again.</summary>
    public static Article Load(IDbConnection connection, long articleId)
    {
        var row = connection.QuerySingle<ArticleRow>(ArticleSql, new { Id = articleId });
        return new Article(row.Title, DateTimeOffset.Parse(row.Published, CultureInfo.InvariantCulture), row.Source, row.Url, row.Author, row.Language, row.Body, row.Origin);
    }

    private sealed record StatementRow(long Id, long Start, long End, string Text, string SpeakerName, string? ActorId, string? Country, string? Office, string? Role, string PublishedDate);

    private const string StatementsSql = """
        SELECT id AS Id, CAST(start_offset AS BIGINT) AS Start, CAST(end_offset AS BIGINT) AS "End", text AS Text, speaker_name AS SpeakerName, actor_id AS ActorId,
               speaker_country AS Country, speaker_office AS Office, speaker_role AS Role, published_date AS PublishedDate
        FROM statements WHERE article_id = @ArticleId
        """;

    private const string ReviewedTopicsSql = """
        SELECT topic_id FROM positions WHERE statement_id = @StatementId AND reviewed
        UNION
        SELECT effective_topic_id FROM positions WHERE statement_id = @StatementId AND reviewed
        """;

    private const string DeleteUnreviewedSql = """
        DELETE FROM positions WHERE statement_id = @StatementId AND NOT reviewed
        """;

    private const string MarkSql = """
        UPDATE articles SET classified_by = @Version WHERE id = @Id
        """;

    /// <summary>
    /// Gives the stored statements of the article the positions of <paramref name="analysed"/> (the same article
    /// analysed again), matching statements by span, text and speaker; a stored statement the new analysis does not
    /// find keeps its positions. Returns how many positions the article now holds from the new model.
    /// </summary>
    public static int Replace(IDbConnection connection, IDbTransaction transaction, long articleId, AnalysedArticle analysed, string classifierVersion)
    {
        var fresh = analysed.Statements
            .GroupBy(s => (s.Start, s.End, s.Text, s.Speaker.Name))
            .ToDictionary(g => g.Key, g => g.First());

        var touched = new List<PositionDays.Key>();
        var written = 0;
        foreach (var stored in connection.Query<StatementRow>(StatementsSql, new { ArticleId = articleId }, transaction).ToList())
        {
            if (!fresh.TryGetValue(((int)stored.Start, (int)stored.End, stored.Text, stored.SpeakerName), out var statement))
            {
                continue;
            }
            touched.AddRange(PositionDays.KeysOfStatement(connection, transaction, stored.Id));
            var reviewed = connection.Query<string>(ReviewedTopicsSql, new { StatementId = stored.Id }, transaction).ToHashSet(StringComparer.Ordinal);
            connection.Execute(DeleteUnreviewedSql, new { StatementId = stored.Id }, transaction);
            var speaker = new Speaker(stored.SpeakerName, stored.ActorId, stored.Country, stored.Role, stored.Office);
            var actorKey = PositionEvidence.KeyFor(stored.ActorId, stored.SpeakerName, stored.Country);
            foreach (var claim in statement.Positions.Where(c => !reviewed.Contains(c.TopicId)))
            {
                ArticleGraph.InsertPosition(connection, transaction, stored.Id, stored.PublishedDate, actorKey, speaker, claim);
                written++;
            }
            // A speaker correction of the statement applies to the new positions as well.
            ReviewedPositions.Apply(connection, transaction, stored.Id);
            touched.AddRange(PositionDays.KeysOfStatement(connection, transaction, stored.Id));
        }
        PositionDays.Refresh(connection, transaction, touched);
        connection.Execute(MarkSql, new { Version = classifierVersion, Id = articleId }, transaction);
        return written;
    }
}
