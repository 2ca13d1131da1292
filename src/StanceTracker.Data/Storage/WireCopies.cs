using System.Data;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Positions;
using StanceTracker.Core.Text;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Finds, inside the caller's write transaction, the stored statement a new one is a wire copy of: the same speaker
/// (actor key), published within <see cref="WindowDays"/> days, in another article, and a near-duplicate by
/// <see cref="NearDuplicates"/> (SimHash to pick candidates, then the exact check on their text). The copy is then
/// recorded as a further report of that statement instead of being stored again. Writers take turns (SQLite's
/// immediate transaction, PostgreSQL's write turn), so two copies saved at once still find each other. Portable SQL.
/// </summary>
internal static class WireCopies
{
    /// <summary>How far apart, in days either way, two articles may be published and still carry the same copy.</summary>
    public const int WindowDays = 3;

    private sealed record Unfingerprinted(long Id, string SpeakerName, string? ActorId, string? Country, string Text);

    private const string UnfingerprintedSql = """
        SELECT id AS Id, speaker_name AS SpeakerName, actor_id AS ActorId, speaker_country AS Country, text AS Text
        FROM statements
        WHERE simhash IS NULL AND published_date >= @From AND published_date <= @To
        """;

    private const string SetFingerprintSql = """
        UPDATE statements SET speaker_key = @SpeakerKey, simhash = @SimHash WHERE id = @Id
        """;

    /// <summary>
    /// Gives the statements of the window around <paramref name="published"/> that have no fingerprint yet (stored
    /// before wire copies were detected, or with detection off) theirs, so that a new copy of them is found too. Once a
    /// window is done this finds nothing, through a partial index of just those rows.
    /// </summary>
    public static void FingerprintWindow(IDbConnection connection, IDbTransaction transaction, DateOnly published)
    {
        var (from, to) = Window(published);
        foreach (var row in connection.Query<Unfingerprinted>(UnfingerprintedSql, new { From = from, To = to }, transaction).ToList())
        {
            connection.Execute(SetFingerprintSql, new
            {
                row.Id,
                SpeakerKey = PositionEvidence.KeyFor(row.ActorId, row.SpeakerName, row.Country),
                SimHash = NearDuplicates.Fingerprint(row.Text).StoredSimHash,
            }, transaction);
        }
    }

    private sealed record Candidate(long Id, long SimHash);

    private const string CandidatesSql = """
        SELECT id AS Id, simhash AS SimHash FROM statements
        WHERE speaker_key = @SpeakerKey AND published_date >= @From AND published_date <= @To
          AND article_id <> @ArticleId AND simhash IS NOT NULL
        ORDER BY id
        """;

    private const string TextSql = """
        SELECT text FROM statements WHERE id = @Id
        """;

    private sealed record StoredClaim(string TopicId, string Stance);

    // The stance as the classifier gave it, not as a reviewer corrected it: the copy is compared with what the model said.
    private const string ClaimsSql = """
        SELECT topic_id AS TopicId, stance AS Stance FROM positions WHERE statement_id = @Id
        """;

    /// <summary>A statement's positions as the classifier gave them (topic and stance id), in one comparable form.</summary>
    public static string ClaimsKey(IEnumerable<(string TopicId, string Stance)> claims) =>
        string.Join(' ', claims.Select(c => c.TopicId + ":" + c.Stance).Order(StringComparer.Ordinal));

    /// <summary>
    /// The id of the stored statement <paramref name="fingerprint"/>'s text is a copy of, the earliest stored where
    /// several are; null when it is new. Statements of the article itself (<paramref name="articleId"/>) never count:
    /// a speaker repeating himself in one article is not a copy. Nor does one the classifier read otherwise
    /// (<paramref name="claimsKey"/>, by <see cref="ClaimsKey"/>): one word changed in a long sentence ("supports" for
    /// "opposes") can leave 70% of the trigrams shared, and merging would lose the statement; the classifier tells
    /// those apart, and a real copy reads the same to it.
    /// </summary>
    public static long? FindOriginal(
        IDbConnection connection, IDbTransaction transaction, long articleId, string speakerKey, DateOnly published, TextFingerprint fingerprint,
        string claimsKey)
    {
        if (fingerprint.IsEmpty)
        {
            return null;
        }
        var (from, to) = Window(published);
        var candidates = connection.Query<Candidate>(CandidatesSql, new { SpeakerKey = speakerKey, From = from, To = to, ArticleId = articleId }, transaction)
            .Where(c => NearDuplicates.MayBeCopies(unchecked((ulong)c.SimHash), fingerprint.SimHash))
            .ToList();
        foreach (var candidate in candidates)
        {
            var text = connection.ExecuteScalar<string>(TextSql, new { candidate.Id }, transaction) ?? "";
            if (NearDuplicates.AreCopies(NearDuplicates.Fingerprint(text), fingerprint)
                && string.Equals(ClaimsKey(connection.Query<StoredClaim>(ClaimsSql, new { candidate.Id }, transaction).Select(c => (c.TopicId, c.Stance))), claimsKey, StringComparison.Ordinal))
            {
                return candidate.Id;
            }
        }
        return null;
    }

    // An article carrying the same copy twice is one report of it.
    private const string AddReportSql = """
        INSERT INTO statement_reports (statement_id, article_id) VALUES (@StatementId, @ArticleId) ON CONFLICT DO NOTHING
        """;

    /// <summary>Records <paramref name="articleId"/> as a further article that reported statement <paramref name="statementId"/>.</summary>
    public static void AddReport(IDbConnection connection, IDbTransaction transaction, long statementId, long articleId) =>
        connection.Execute(AddReportSql, new { StatementId = statementId, ArticleId = articleId }, transaction);

    private static (string From, string To) Window(DateOnly published) =>
        (IsoDate.Format(published.AddDays(-WindowDays)), IsoDate.Format(published.AddDays(WindowDays)));
}
