using Dapper;
using Npgsql;
using StanceTracker.Core;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Writes analysed articles to PostgreSQL. Safe from several threads and processes: each call has its own connection and transaction.</summary>
public sealed class PostgresArticleStore(PostgresDatabase database) : IArticleStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>
    /// Stores the article with its source, statements and positions in one transaction. An article whose content hash is already stored is a <see cref="SaveStatus.Duplicate"/> and writes
    /// nothing. On any failure, such as a position naming an unknown topic, nothing of the article is kept.
    /// </summary>
    public SaveOutcome Save(AnalysedArticle analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        try
        {
            return SaveWhole(analysed);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StorageFullException($"{_database.Location}: {e.MessageText}", e);
        }
    }

    private SaveOutcome SaveWhole(AnalysedArticle analysed)
    {
        var article = analysed.Article;
        var publishedDate = IsoDate.Format(article.PublishedDate);

        using var connection = _database.OpenConnection();
        // Writers take turns, as in SQLite: the duplicate check and the insert cannot interleave with another writer's,
        // and two articles refreshing the same actor's day cannot both insert its row. Saving is short next to analysis,
        // so workers analysing in parallel still scale. Any exception leaves through the using, which rolls back.
        using var transaction = connection.BeginTransaction();
        connection.Execute(WriteTurnSql, new { Lock = PostgresDatabase.WriteLock }, transaction);

        var existing = FindArticleId(connection, transaction, article.ContentHash);
        if (existing is { } existingId)
        {
            return new SaveOutcome(SaveStatus.Duplicate, existingId, 0, 0);
        }

        var sourceId = UpsertSource(connection, transaction, article.Source);
        var articleId = InsertArticle(connection, transaction, article, sourceId, publishedDate, analysed.ClassifiedBy);

        var positions = 0;
        var touched = new List<PositionDays.Key>();
        foreach (var statement in analysed.Statements)
        {
            var statementId = InsertStatement(connection, transaction, articleId, publishedDate, statement);
            var actorKey = PositionEvidence.KeyFor(statement.Speaker.ActorId, statement.Speaker.Name, statement.Speaker.Country);
            foreach (var claim in statement.Positions)
            {
                InsertPosition(connection, transaction, statementId, publishedDate, actorKey, statement.Speaker, claim);
                touched.Add(new PositionDays.Key(actorKey, claim.TopicId, publishedDate));
                positions++;
            }
        }
        PositionDays.Refresh(connection, transaction, touched);

        transaction.Commit();
        return new SaveOutcome(SaveStatus.Stored, articleId, analysed.Statements.Count, positions);
    }

    private const string WriteTurnSql = """
        SELECT pg_advisory_xact_lock(@Lock)
        """;

    private const string FindArticleIdSql = """
        SELECT id FROM articles WHERE content_hash = @ContentHash
        """;

    /// <summary>The id of the stored article with this content hash, or null when none is stored.</summary>
    public long? Find(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        using var connection = _database.OpenConnection();
        return connection.ExecuteScalar<long?>(FindArticleIdSql, new { ContentHash = contentHash });
    }

    private static long? FindArticleId(NpgsqlConnection connection, NpgsqlTransaction transaction, string contentHash) =>
        connection.ExecuteScalar<long?>(FindArticleIdSql, new { ContentHash = contentHash }, transaction);

    // The no-op update makes RETURNING yield the id for an existing name too, in one statement.
    private const string UpsertSourceSql = """
        INSERT INTO sources (name) VALUES (@Name)
        ON CONFLICT (name) DO UPDATE SET name = excluded.name
        RETURNING id
        """;

    private static long? UpsertSource(NpgsqlConnection connection, NpgsqlTransaction transaction, string? source)
    {
        var name = source?.Trim();
        return string.IsNullOrEmpty(name)
            ? null
            : connection.ExecuteScalar<long>(UpsertSourceSql, new { Name = name }, transaction);
    }

    private const string InsertArticleSql = """
        INSERT INTO articles (content_hash, title, published, published_date, source_id, url, author, language, body, origin, ingested_at, classified_by)
        VALUES (@ContentHash, @Title, @Published, @PublishedDate, @SourceId, @Url, @Author, @Language, @Body, @Origin, @IngestedAt, @ClassifiedBy)
        RETURNING id
        """;

    private static long InsertArticle(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Article article, long? sourceId, string publishedDate, string? classifiedBy) =>
        connection.ExecuteScalar<long>(InsertArticleSql, new
        {
            article.ContentHash,
            article.Title,
            Published = IsoDate.FormatRoundTrip(article.Published),
            PublishedDate = publishedDate,
            SourceId = sourceId,
            article.Url,
            article.Author,
            article.Language,
            article.Body,
            article.Origin,
            IngestedAt = IsoDate.FormatUtc(DateTimeOffset.UtcNow),
            ClassifiedBy = classifiedBy,
        }, transaction);

    private const string InsertStatementSql = """
        INSERT INTO statements (article_id, speaker_name, actor_id, speaker_country, speaker_role, speaker_office, text, kind, start_offset, end_offset, published_date)
        VALUES (@ArticleId, @SpeakerName, @ActorId, @SpeakerCountry, @SpeakerRole, @SpeakerOffice, @Text, @Kind, @StartOffset, @EndOffset, @PublishedDate)
        RETURNING id
        """;

    private static long InsertStatement(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long articleId, string publishedDate, Statement statement) =>
        connection.ExecuteScalar<long>(InsertStatementSql, new
        {
            ArticleId = articleId,
            SpeakerName = statement.Speaker.Name,
            statement.Speaker.ActorId,
            SpeakerCountry = statement.Speaker.Country,
            SpeakerRole = statement.Speaker.Role,
            SpeakerOffice = statement.Speaker.Office,
            statement.Text,
            Kind = KindId(statement.Kind),
            StartOffset = statement.Start,
            EndOffset = statement.End,
            PublishedDate = publishedDate,
        }, transaction);

    // A new position has no reviews yet: it counts as the model gave it. Statements that have reviews are brought in
    // line by ReviewedPositions.Apply after their positions are written.
    private const string InsertPositionSql = """
        INSERT INTO positions (statement_id, topic_id, stance, confidence, model_version, needs_review, actor_id, country, published_date, actor_key, seniority,
                               effective_topic_id, effective_stance, effective_actor_key, effective_actor_id, effective_country, reviewed)
        VALUES (@StatementId, @TopicId, @Stance, @Confidence, @ModelVersion, @NeedsReview, @ActorId, @Country, @PublishedDate, @ActorKey, @Seniority,
                @TopicId, @Stance, @ActorKey, @ActorId, @Country, FALSE)
        """;

    internal static void InsertPosition(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long statementId, string publishedDate, string actorKey, Speaker speaker, PositionClaim claim) =>
        connection.Execute(InsertPositionSql, new
        {
            StatementId = statementId,
            claim.TopicId,
            Stance = claim.Stance.ToId(),
            claim.Confidence,
            claim.ModelVersion,
            claim.NeedsReview,
            speaker.ActorId,
            speaker.Country,
            PublishedDate = publishedDate,
            ActorKey = actorKey,
            Seniority = Offices.Seniority(speaker.Office ?? ""),
        }, transaction);

    private static string KindId(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Indirect => "indirect",
        StatementKind.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
