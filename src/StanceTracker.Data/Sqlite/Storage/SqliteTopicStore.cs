using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>The codebook's topics. Positions reference them by id, so a topic cannot be removed while it is used.</summary>
public sealed class SqliteTopicStore(SqliteDatabase database) : ITopicStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public void Upsert(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        TopicWriter.Upsert(connection, transaction, topics);
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
