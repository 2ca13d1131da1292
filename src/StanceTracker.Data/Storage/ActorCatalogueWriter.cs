using System.Data;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Writes the actor catalogue inside the caller's transaction, for every engine (the SQL is portable): each actor
/// inserted or updated with its aliases and terms replaced, then the speaker corrections that name catalogue actors
/// brought in line with them.
/// </summary>
internal static class ActorCatalogueWriter
{
    public static void Upsert(IDbConnection connection, IDbTransaction transaction, IEnumerable<Actor> actors)
    {
        var termsChanged = new List<string>();
        foreach (var actor in actors)
        {
            UpsertActor(connection, transaction, actor);
            ReplaceAliases(connection, transaction, actor);
            if (ReplaceTerms(connection, transaction, actor))
            {
                termsChanged.Add(actor.Id);
            }
        }
        StoredShifts.RefreshTermsOf(connection, transaction, termsChanged);
        ApplySpeakerCorrections(connection, transaction);
    }

    // A speaker correction naming a catalogue actor takes the actor's name and country, which the catalogue may have
    // just changed: such statements are brought in line, with the days they counted under before and after.
    public static void ApplySpeakerCorrections(IDbConnection connection, IDbTransaction transaction)
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

    private static void UpsertActor(IDbConnection connection, IDbTransaction transaction, Actor actor) =>
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

    private static void ReplaceAliases(IDbConnection connection, IDbTransaction transaction, Actor actor)
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

    private const string TermsSql = $"""
        SELECT {ActorRows.TermTextColumns}
        FROM actor_terms t
        WHERE t.actor_id = @ActorId
        ORDER BY t.id
        """;

    /// <summary>Replaces the actor's terms; true when they differ from the stored ones.</summary>
    private static bool ReplaceTerms(IDbConnection connection, IDbTransaction transaction, Actor actor)
    {
        var stored = connection.Query<ActorRows.TermText>(TermsSql, new { ActorId = actor.Id }, transaction).Select(t => t.ToTerm()).ToList();
        if (stored.SequenceEqual(actor.Terms))
        {
            return false;
        }
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
        return true;
    }
}
