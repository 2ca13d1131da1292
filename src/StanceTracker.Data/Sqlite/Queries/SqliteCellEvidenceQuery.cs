using Dapper;
using StanceTracker.Core;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>The statements that make one matrix cell, by the same rule <see cref="SqliteMatrixQuery"/> applies.</summary>
public sealed class SqliteCellEvidenceQuery(SqliteDatabase database) : ICellEvidenceQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The (country, topic_id, day) index serves the range; a cell has tens of rows, not thousands.
    private const string WindowSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.Country = @Country AND e.TopicId = @TopicId AND e.Day >= @From AND e.Day <= @AsOf
        ORDER BY e.Day DESC, e.StatementId DESC
        """;

    /// <summary>The cell for <paramref name="country"/> and <paramref name="topicId"/> as of <paramref name="asOf"/>, looking back <paramref name="windowDays"/> days.</summary>
    public CellEvidence Get(string country, string topicId, DateOnly asOf, int? windowDays = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicId);
        var rules = MatrixAssembly.Rules(windowDays);
        var from = MatrixAssembly.WindowStart(asOf, rules);

        using var connection = _database.OpenConnection();
        var terms = new OfficeTermIndex(SqliteActorStore.TermsByActor(connection));
        var rows = connection.Query<EvidenceRow>(WindowSql, new { Country = country, TopicId = topicId, From = IsoDate.Format(from), AsOf = IsoDate.Format(asOf) }).ToList();
        var further = SqliteStatementReports.Further(connection, null, rows.Select(r => r.StatementId));
        var statements = rows
            .Select(r => new CellStatement(terms.Apply(r.ToEvidence()), r.Source) { Reach = StatementReportRow.ReachOf(further, r.StatementId, r.Source) })
            .ToList();
        return CellAssembly.Build(country, topicId, asOf, from, rules, statements);
    }
}
