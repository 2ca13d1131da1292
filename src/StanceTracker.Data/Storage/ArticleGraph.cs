using System.Data;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Positions;
using StanceTracker.Core.Text;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Writes an analysed article, its source, statements and positions, and the per-day winners they touch, inside the
/// caller's transaction. The SQL is portable; each engine's article store opens the transaction its own way (SQLite
/// takes the write lock up front, PostgreSQL an advisory lock) and turns its own failures into the store's.
/// </summary>
internal static class ArticleGraph
{
    /// <summary>
    /// Inserts the article unless one with its content hash is stored (then a <see cref="SaveStatus.Duplicate"/>, writing
    /// nothing). With <paramref name="detectWireCopies"/>, a statement that is a wire copy of one stored from another
    /// article (<see cref="WireCopies"/>) is not stored again: the article becomes a further report of that statement,
    /// so its positions, and the shift rule's agreeing counts, count the copy once. An article all of whose statements
    /// are copies is still stored: it is a source. Without it, statements are stored without their fingerprint (a later
    /// run with detection fills it in). The caller commits; on any failure, such as a position naming an unknown topic,
    /// it rolls back.
    /// </summary>
    public static SaveOutcome Insert(IDbConnection connection, IDbTransaction transaction, AnalysedArticle analysed, bool detectWireCopies = true)
    {
        var article = analysed.Article;
        var publishedDate = IsoDate.Format(article.PublishedDate);
        var existing = FindArticleId(connection, transaction, article.ContentHash);
        if (existing is { } existingId)
        {
            return new SaveOutcome(SaveStatus.Duplicate, existingId, 0, 0);
        }

        var sourceId = UpsertSource(connection, transaction, article.Source);
        var articleId = InsertArticle(connection, transaction, article, sourceId, publishedDate, analysed.ClassifiedBy);
        WireCopies.Finder? copies = null;
        if (detectWireCopies)
        {
            WireCopies.FingerprintWindow(connection, transaction, article.PublishedDate);
            copies = new WireCopies.Finder(connection, transaction, articleId, article.PublishedDate);
        }

        var (statements, positions, copied) = (0, 0, 0);
        var touched = new List<PositionDays.Key>();
        foreach (var statement in analysed.Statements)
        {
            var actorKey = PositionEvidence.KeyFor(statement.Speaker.ActorId, statement.Speaker.Name, statement.Speaker.Country);
            var fingerprint = copies is null ? null : NearDuplicates.Fingerprint(statement.Text);
            if (fingerprint is not null
                && copies!.FindOriginal(actorKey, fingerprint, WireCopies.ClaimsKey(statement.Positions.Select(p => (p.TopicId, p.Stance.ToId())))) is { } original)
            {
                WireCopies.AddReport(connection, transaction, original, articleId);
                copied++;
                continue;
            }
            var statementId = InsertStatement(connection, transaction, articleId, publishedDate, statement, actorKey, fingerprint);
            statements++;
            foreach (var claim in statement.Positions)
            {
                InsertPosition(connection, transaction, statementId, publishedDate, actorKey, statement.Speaker, claim);
                touched.Add(new PositionDays.Key(actorKey, claim.TopicId, publishedDate));
                positions++;
            }
        }
        PositionDays.Refresh(connection, transaction, touched);

        return new SaveOutcome(SaveStatus.Stored, articleId, statements, positions, copied);
    }

    private const string FindArticleIdSql = """
        SELECT id FROM articles WHERE content_hash = @ContentHash
        """;

    public static long? FindArticleId(IDbConnection connection, IDbTransaction? transaction, string contentHash) =>
        connection.ExecuteScalar<long?>(FindArticleIdSql, new { ContentHash = contentHash }, transaction);

    // The no-op update makes RETURNING yield the id for an existing name too, in one statement.
    private const string UpsertSourceSql = """
        INSERT INTO sources (name) VALUES (@Name)
        ON CONFLICT (name) DO UPDATE SET name = excluded.name
        RETURNING id
        """;

    private static long? UpsertSource(IDbConnection connection, IDbTransaction transaction, string? source)
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
        IDbConnection connection, IDbTransaction transaction, Article article, long? sourceId, string publishedDate, string? classifiedBy) =>
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
        INSERT INTO statements (article_id, speaker_name, actor_id, speaker_country, speaker_role, speaker_office, text, kind, start_offset, end_offset, published_date, speaker_key, simhash)
        VALUES (@ArticleId, @SpeakerName, @ActorId, @SpeakerCountry, @SpeakerRole, @SpeakerOffice, @Text, @Kind, @StartOffset, @EndOffset, @PublishedDate, @SpeakerKey, @SimHash)
        RETURNING id
        """;

    // Without a fingerprint both columns stay NULL, and the speaker key with them: they are filled together later.
    private static long InsertStatement(
        IDbConnection connection, IDbTransaction transaction, long articleId, string publishedDate, Statement statement, string actorKey, TextFingerprint? fingerprint) =>
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
            SpeakerKey = fingerprint is null ? null : actorKey,
            SimHash = fingerprint?.StoredSimHash,
        }, transaction);

    // A new position has no reviews yet: it counts as the model gave it. Statements that have reviews are brought in
    // line by ReviewedPositions.Apply after their positions are written.
    private const string InsertPositionSql = """
        INSERT INTO positions (statement_id, topic_id, stance, confidence, model_version, needs_review, actor_id, country, published_date, actor_key, seniority,
                               effective_topic_id, effective_stance, effective_actor_key, effective_actor_id, effective_country, reviewed)
        VALUES (@StatementId, @TopicId, @Stance, @Confidence, @ModelVersion, @NeedsReview, @ActorId, @Country, @PublishedDate, @ActorKey, @Seniority,
                @TopicId, @Stance, @ActorKey, @ActorId, @Country, FALSE)
        """;

    public static void InsertPosition(
        IDbConnection connection, IDbTransaction transaction, long statementId, string publishedDate, string actorKey, Speaker speaker, PositionClaim claim) =>
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
