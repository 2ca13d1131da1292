using System.Data;
using Dapper;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>
/// When each catalogued speaker's office passed on, read once per query from <c>actor_terms</c> (a few thousand rows at
/// most), so the country rules can tell a sitting official from a former one without widening the per-day table.
/// </summary>
internal sealed class OfficeTermIndex
{
    private const string TermsSql = """
        SELECT t.actor_id AS ActorId, t.start_date AS StartDate, t.end_date AS EndDate
        FROM actor_terms t
        """;

    private readonly Dictionary<string, List<(DateOnly? Start, DateOnly? End)>> _terms;

    private OfficeTermIndex(Dictionary<string, List<(DateOnly? Start, DateOnly? End)>> terms) => _terms = terms;

    public static OfficeTermIndex Load(IDbConnection connection, IDbTransaction? transaction = null)
    {
        var terms = new Dictionary<string, List<(DateOnly?, DateOnly?)>>(StringComparer.Ordinal);
        foreach (var row in connection.Query<TermRow>(TermsSql, transaction: transaction))
        {
            if (!terms.TryGetValue(row.ActorId, out var list))
            {
                terms[row.ActorId] = list = [];
            }
            list.Add((IsoDate.ParseOrNull(row.StartDate), IsoDate.ParseOrNull(row.EndDate)));
        }
        return new OfficeTermIndex(terms);
    }

    /// <summary>
    /// The day the office the actor held on <paramref name="day"/> ended, or null if it has not (or the catalogue does
    /// not say). Of two overlapping terms (head of state and of government) the one still running wins.
    /// </summary>
    public DateOnly? OfficeUntil(string? actorId, DateOnly day)
    {
        if (actorId is null || !_terms.TryGetValue(actorId, out var terms))
        {
            return null;
        }
        DateOnly? until = null;
        var covered = false;
        foreach (var (start, end) in terms)
        {
            if ((start is null || start <= day) && (end is null || end >= day))
            {
                if (end is null)
                {
                    return null;
                }
                covered = true;
                until = until is null || end > until ? end : until;
            }
        }
        return covered ? until : null;
    }

    public PositionEvidence Apply(PositionEvidence evidence) =>
        OfficeUntil(evidence.ActorId, evidence.Date) is { } until ? evidence with { OfficeUntil = until } : evidence;

    private sealed record TermRow(string ActorId, string? StartDate, string? EndDate);
}
