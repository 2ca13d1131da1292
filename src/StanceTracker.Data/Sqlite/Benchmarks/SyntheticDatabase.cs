using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;


namespace StanceTracker.Data.Sqlite;

/// <summary>
/// Fills a database with invented statements at scale (one position each), for timing the views. Bulk inserts in
/// one transaction, then the derived tables are rebuilt set-based, as a real bulk import would do.
/// </summary>
public static class SyntheticDatabase
{
    public const int Actors = 600;
    public const int Countries = 70;

    private static readonly string[] Stances = ["support", "open", "neutral", "oppose"];
    private static readonly string[] OfficeCycle = [Offices.HeadOfGovernment, Offices.ForeignMinister, Offices.DefenceMinister, Offices.Spokesperson, Offices.HeadOfState, Offices.Official];

    private const string InsertArticleSql = """
        INSERT INTO articles (content_hash, title, published, published_date, source_id, url, author, language, body, origin, ingested_at)
        VALUES (@Hash, @Title, @Day, @Day, NULL, NULL, NULL, 'en', @Body, 'synthetic', @Day)
        """;

    private const string InsertStatementSql = """
        INSERT INTO statements (article_id, speaker_name, actor_id, speaker_country, speaker_role, speaker_office, text, kind, start_offset, end_offset, published_date)
        VALUES (last_insert_rowid(), @Speaker, @ActorId, @Country, @Role, @Office, @Text, 'indirect', 0, 10, @Day)
        """;

    private const string InsertPositionSql = """
        INSERT INTO positions (statement_id, topic_id, stance, confidence, model_version, needs_review, actor_id, country, published_date, actor_key, seniority,
                               effective_topic_id, effective_stance, effective_actor_key, effective_actor_id, effective_country, reviewed)
        VALUES (last_insert_rowid(), @TopicId, @Stance, @Confidence, 'synthetic', 0, @ActorId, @Country, @Day, @ActorId, @Seniority,
                @TopicId, @Stance, @ActorId, @ActorId, @Country, 0)
        """;

    /// <summary>Adds <paramref name="statements"/> statements spread over 2014–2026, 600 actors in 70 countries and every topic.</summary>
    public static void Fill(SqliteDatabase database, IReadOnlyList<Topic> topics, int statements, int seed = 7, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(topics);
        new SqliteTopicStore(database).Upsert(topics);
        var random = new Random(seed);
        var first = new DateOnly(2014, 1, 1).DayNumber;
        var days = new DateOnly(2026, 11, 1).DayNumber - first;

        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var article = new PreparedCommand(connection, transaction, InsertArticleSql, "@Hash", "@Title", "@Day", "@Body");
        using var statement = new PreparedCommand(connection, transaction, InsertStatementSql, "@Speaker", "@ActorId", "@Country", "@Role", "@Office", "@Text", "@Day");
        using var position = new PreparedCommand(connection, transaction, InsertPositionSql, "@TopicId", "@Stance", "@Confidence", "@ActorId", "@Country", "@Day", "@Seniority");
        var offset = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM articles", transaction: transaction);

        for (var i = 0; i < statements; i++)
        {
            var actor = random.Next(Actors);
            var office = OfficeCycle[actor % OfficeCycle.Length];
            var day = IsoDate.Format(DateOnly.FromDayNumber(first + random.Next(days)));
            var topic = topics[random.Next(topics.Count)].Id;
            var text = $"Synthetic statement {offset + i} by actor {actor} on {topic}.";
            var actorId = $"synthetic-actor-{actor}";
            var country = $"C{actor % Countries:00}";

            article.Run($"synthetic-{offset + i}", $"Synthetic article {offset + i}", day, text);
            statement.Run($"Actor {actor}", actorId, country, office, office, text, day);
            position.Run(topic, Stances[random.Next(Stances.Length)], Math.Round(0.5 + random.NextDouble() / 2, 3), actorId, country, day, Offices.Seniority(office));
            if (i % 10_000 == 0)
            {
                progress?.Report(i);
            }
        }
        PositionDaysRebuild.Rebuild(connection, transaction);
        StoredShifts.RebuildAll(connection, transaction);
        transaction.Commit();
        progress?.Report(statements);
    }
}
