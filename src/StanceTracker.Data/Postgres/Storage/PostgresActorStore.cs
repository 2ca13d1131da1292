using Dapper;
using Npgsql;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>The actor catalogue in PostgreSQL, mirrored from its source file so queries can join names, offices and terms.</summary>
public sealed class PostgresActorStore(PostgresDatabase database) : IActorStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Inserts or updates each actor and replaces its aliases and terms, all in one transaction.</summary>
    public void Upsert(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var actor in actors)
        {
            UpsertActor(connection, transaction, actor);
            ReplaceAliases(connection, transaction, actor);
            ReplaceTerms(connection, transaction, actor);
        }
        ApplySpeakerCorrections(connection, transaction);
        transaction.Commit();
    }

    // A speaker correction naming a catalogue actor takes the actor's name and country, which the catalogue may have
    // just changed: such statements are brought in line, with the days they counted under before and after.
    private static void ApplySpeakerCorrections(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var statements = ReviewedPositions.SpeakerCorrectedStatements(connection, transaction);
        var keys = statements.SelectMany(id => PositionDays.KeysOfStatement(connection, transaction, id)).ToList();
        foreach (var statementId in statements)
        {
            ReviewedPositions.Apply(connection, transaction, statementId);
        }
        PositionDays.Refresh(connection, transaction, keys.Concat(statements.SelectMany(id => PositionDays.KeysOfStatement(connection, transaction, id))));
    }

    private const string UpsertActorSql = """
        INSERT INTO actors (id, name, kind, country, gender, wikidata_id)
        VALUES (@Id, @Name, @Kind, @Country, @Gender, @WikidataId)
        ON CONFLICT (id) DO UPDATE SET
          name = excluded.name,
          kind = excluded.kind,
          country = excluded.country,
          gender = excluded.gender,
          wikidata_id = excluded.wikidata_id
        """;

    private static void UpsertActor(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor) =>
        connection.Execute(UpsertActorSql, new
        {
            actor.Id,
            actor.Name,
            Kind = ActorRows.KindId(actor.Kind),
            actor.Country,
            actor.Gender,
            actor.WikidataId,
        }, transaction);

    private const string DeleteAliasesSql = """
        DELETE FROM actor_aliases WHERE actor_id = @ActorId
        """;

    // Catalogues list the same alias twice now and then, and that is not worth failing a reload for.
    private const string InsertAliasSql = """
        INSERT INTO actor_aliases (actor_id, alias) VALUES (@ActorId, @Alias) ON CONFLICT DO NOTHING
        """;

    private static void ReplaceAliases(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor)
    {
        connection.Execute(DeleteAliasesSql, new { ActorId = actor.Id }, transaction);
        connection.Execute(InsertAliasSql, actor.Aliases.Select(alias => new { ActorId = actor.Id, Alias = alias }), transaction);
    }

    private const string DeleteTermsSql = """
        DELETE FROM actor_terms WHERE actor_id = @ActorId
        """;

    private const string InsertTermSql = """
        INSERT INTO actor_terms (actor_id, office, title, country, start_date, end_date)
        VALUES (@ActorId, @Office, @Title, @Country, @StartDate, @EndDate)
        """;

    private static void ReplaceTerms(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor)
    {
        connection.Execute(DeleteTermsSql, new { ActorId = actor.Id }, transaction);
        connection.Execute(InsertTermSql, actor.Terms.Select(term => new
        {
            ActorId = actor.Id,
            term.Office,
            term.Title,
            term.Country,
            StartDate = IsoDate.Format(term.Start),
            EndDate = IsoDate.Format(term.End),
        }), transaction);
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

        SELECT al.alias FROM actor_aliases al WHERE al.actor_id = @Id ORDER BY al.position;

        SELECT t.actor_id AS ActorId, t.office AS Office, t.title AS Title, t.country AS Country, t.start_date::date AS Start, t.end_date::date AS "End"
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
        SELECT t.actor_id AS ActorId, t.office AS Office, t.title AS Title, t.country AS Country, t.start_date::date AS Start, t.end_date::date AS "End"
        FROM actor_terms t
        ORDER BY t.actor_id, t.id
        """;

    /// <summary>Every catalogued actor's office terms, by actor id, read on the caller's connection (and snapshot).</summary>
    internal static ILookup<string, OfficeTerm> TermsByActor(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        connection.Query<ActorRows.Term>(AllTermsSql, transaction: transaction).ToLookup(t => t.ActorId, t => t.ToTerm(), StringComparer.Ordinal);
}
