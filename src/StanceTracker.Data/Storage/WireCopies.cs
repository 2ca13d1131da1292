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

    private sealed record Candidate(long Id, long SimHash, string Text);

    // The text comes along: one read per speaker and article costs less than one per candidate that passes the SimHash gate.
    private const string CandidatesSql = """
        SELECT id AS Id, simhash AS SimHash, text AS Text FROM statements
        WHERE speaker_key = @SpeakerKey AND published_date >= @From AND published_date <= @To
          AND article_id <> @ArticleId AND simhash IS NOT NULL
        ORDER BY id
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
    /// Finds the originals of one article's statements (<see cref="FindOriginal"/>). A release can quote its speaker
    /// dozens of times and he may have hundreds of statements in the window: the speaker's stored statements are read
    /// once per article, texts included, and each candidate's text fingerprinted once, not once per statement. Only statements stored
    /// before the article count, so what the article itself adds is never a candidate.
    /// </summary>
    public sealed class Finder(IDbConnection connection, IDbTransaction transaction, long articleId, DateOnly published)
    {
        private readonly Dictionary<string, List<Candidate>> _bySpeaker = new(StringComparer.Ordinal);
        private readonly Dictionary<long, TextFingerprint> _fingerprints = [];

        /// <summary>
        /// The id of the stored statement <paramref name="fingerprint"/>'s text is a copy of, the earliest stored where
        /// several are; null when it is new. Statements of the article itself never count: a speaker repeating himself
        /// in one article is not a copy. Nor does one the classifier read otherwise (<paramref name="claimsKey"/>, by
        /// <see cref="ClaimsKey"/>): one word changed in a long sentence ("supports" for "opposes") can leave 70% of
        /// the trigrams shared, and merging would lose the statement; the classifier tells those apart, and a real copy
        /// reads the same to it.
        /// </summary>
        public long? FindOriginal(string speakerKey, TextFingerprint fingerprint, string claimsKey)
        {
            ArgumentNullException.ThrowIfNull(fingerprint);
            if (fingerprint.IsEmpty)
            {
                return null;
            }
            foreach (var candidate in Candidates(speakerKey))
            {
                if (NearDuplicates.MayBeCopies(unchecked((ulong)candidate.SimHash), fingerprint.SimHash)
                    && NearDuplicates.AreCopies(FingerprintOf(candidate), fingerprint)
                    && string.Equals(ClaimsKey(connection.Query<StoredClaim>(ClaimsSql, new { candidate.Id }, transaction).Select(c => (c.TopicId, c.Stance))),
                        claimsKey, StringComparison.Ordinal))
                {
                    return candidate.Id;
                }
            }
            return null;
        }

        private List<Candidate> Candidates(string speakerKey)
        {
            if (!_bySpeaker.TryGetValue(speakerKey, out var candidates))
            {
                var (from, to) = Window(published);
                candidates = connection.Query<Candidate>(CandidatesSql, new { SpeakerKey = speakerKey, From = from, To = to, ArticleId = articleId }, transaction).ToList();
                _bySpeaker[speakerKey] = candidates;
            }
            return candidates;
        }

        private TextFingerprint FingerprintOf(Candidate candidate)
        {
            if (!_fingerprints.TryGetValue(candidate.Id, out var fingerprint))
            {
                fingerprint = NearDuplicates.Fingerprint(candidate.Text);
                _fingerprints[candidate.Id] = fingerprint;
            }
            return fingerprint;
        }
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
