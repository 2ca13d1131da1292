using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>The actor catalogue, mirrored from its source file so queries can join names, offices and terms.</summary>
public sealed class SqliteActorStore(SqliteDatabase database) : IActorStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Inserts or updates each actor and replaces its aliases and terms, all in one transaction.</summary>
    public void Upsert(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        ActorCatalogueWriter.Upsert(connection, transaction, actors);
        transaction.Commit();
    }

    private const string CountSql = """
        SELECT COUNT(*) FROM actors
        """;

    public int Count()
    {
        using var connection = _database.OpenConnection();
        return connection.ExecuteScalar<int>(CountSql);
    }

    private const string FindSql = """
        SELECT a.id AS Id, a.name AS Name, a.kind AS Kind, a.country AS Country, a.gender AS Gender, a.wikidata_id AS WikidataId
        FROM actors a
        WHERE a.id = @Id;

        SELECT al.alias FROM actor_aliases al WHERE al.actor_id = @Id ORDER BY al.rowid;

        SELECT t.actor_id AS ActorId, t.office AS Office, t.title AS Title, t.country AS Country, t.start_date AS Start, t.end_date AS "End"
        FROM actor_terms t
        WHERE t.actor_id = @Id
        ORDER BY t.id;
        """;

    /// <summary>The stored actor with its aliases and terms, or null.</summary>
    public Actor? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var connection = _database.OpenConnection();
        using var results = connection.QueryMultiple(FindSql, new { Id = id });
        var actor = results.ReadSingleOrDefault<ActorRows.Actor>();
        var aliases = results.Read<string>().ToList();
        var terms = results.Read<ActorRows.Term>().Select(t => t.ToTerm()).ToList();
        return actor is null
            ? null
            : new Actor(actor.Id, actor.Name, ActorRows.ParseKind(actor.Kind), actor.Country, actor.Gender, actor.WikidataId, aliases, terms);
    }

    private const string AllTermsSql = """
        SELECT t.actor_id AS ActorId, t.office AS Office, t.title AS Title, t.country AS Country, t.start_date AS Start, t.end_date AS "End"
        FROM actor_terms t
        ORDER BY t.actor_id, t.id
        """;

    /// <summary>Every catalogued actor's office terms, by actor id, read on the caller's connection (and snapshot).</summary>
    internal static ILookup<string, OfficeTerm> TermsByActor(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        connection.Query<ActorRows.Term>(AllTermsSql, transaction: transaction).ToLookup(t => t.ActorId, t => t.ToTerm(), StringComparer.Ordinal);
}
