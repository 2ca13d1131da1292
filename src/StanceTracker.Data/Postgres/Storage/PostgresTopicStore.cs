using Dapper;
using Npgsql;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>The codebook's topics in PostgreSQL. Positions reference them by id, so a topic cannot be removed while it is used.</summary>
public sealed class PostgresTopicStore(PostgresDatabase database) : ITopicStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Two processes loading the codebook at once would both read the same MAX(sort_order): the lock serialises them.
    private const string LockTopicsSql = """
        LOCK TABLE topics IN SHARE ROW EXCLUSIVE MODE
        """;

    public void Upsert(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute(LockTopicsSql, transaction: transaction);
        TopicWriter.Upsert(connection, transaction, topics);
        transaction.Commit();
    }

    private const string AllSql = """
        SELECT t.id AS Id, t.label AS Label, t.proposition AS Proposition, t.description AS Description, t.cues AS Cues
        FROM topics t
        ORDER BY t.sort_order, t.id
        """;

    /// <summary>All topics in the order they were first stored.</summary>
    public IReadOnlyList<Topic> All()
    {
        using var connection = _database.OpenConnection();
        return All(connection, null);
    }

    internal static IReadOnlyList<Topic> All(NpgsqlConnection connection, NpgsqlTransaction? transaction) =>
        connection.Query<TopicRow>(AllSql, transaction: transaction).Select(r => r.ToTopic()).ToList();
}
