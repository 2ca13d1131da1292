using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;
using System.Text.Json;

namespace StanceTracker.Data.Sqlite;

/// <summary>The codebook's topics. Positions reference them by id, so a topic cannot be removed while it is used.</summary>
public sealed class SqliteTopicStore(SqliteDatabase database) : ITopicStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // A new topic goes after all others; an existing one keeps its place, so the dashboard's columns do not jump
    // when the codebook is reloaded.
    private const string UpsertSql = """
        INSERT INTO topics (id, label, proposition, description, cues, sort_order)
        VALUES (@Id, @Label, @Proposition, @Description, @Cues, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM topics))
        ON CONFLICT (id) DO UPDATE SET
          label = excluded.label,
          proposition = excluded.proposition,
          description = excluded.description,
          cues = excluded.cues
        """;

    public void Upsert(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var topic in topics)
        {
            connection.Execute(UpsertSql, new
            {
                topic.Id,
                topic.Label,
                topic.Proposition,
                topic.Description,
                Cues = JsonSerializer.Serialize(topic.Cues),
            }, transaction);
        }
        transaction.Commit();
    }

    private const string AllSql = """
        SELECT t.id AS Id, t.label AS Label, t.proposition AS Proposition, t.description AS Description, t.cues AS Cues
        FROM topics t
        ORDER BY t.sort_order, t.rowid
        """;

    /// <summary>All topics in the order they were first stored.</summary>
    public IReadOnlyList<Topic> All()
    {
        using var connection = _database.OpenConnection();
        return All(connection, null);
    }

    internal static IReadOnlyList<Topic> All(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.Query<TopicRow>(AllSql, transaction: transaction).Select(r => r.ToTopic()).ToList();
}
