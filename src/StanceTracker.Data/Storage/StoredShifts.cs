using System.Data;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Keeps the <c>shifts</c> table equal to what <see cref="ShiftAssembly.Find"/> computes with <see cref="PositionRules.Default"/>,
/// inside the caller's transaction, for every engine (the SQL is portable). "What changed since a date" then reads the
/// few shifts since the date instead of every history that has a day since it (at 100,000 statements, 47,000 per-day rows
/// and a country sweep per topic on every page view). The rule stays in C#: a history that changes is recomputed whole
/// with the same code the uncached query runs, and the table only stores the result.
/// </summary>
internal static class StoredShifts
{
    /// <summary>The rules the stored shifts were computed with; a build whose defaults differ recomputes them all.</summary>
    public static string RulesFingerprint => PositionRules.Default.ToString();

    // The per-day row as DayRow reads it, for every query here that reads days.
    private const string DayColumns = """
        d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId, d.position_id AS PositionId,
        d.actor_id AS ActorId, d.country AS Country, d.seniority AS Rank, d.stance AS Stance, d.model_stance AS ModelStance,
        d.confidence AS Confidence, d.reviewed AS Reviewed, d.agreeing AS Agreeing
        """;

    private const string ActorDaysSql = $"""
        SELECT {DayColumns}
        FROM position_days d
        WHERE d.actor_key = @ActorKey AND d.topic_id = @TopicId
        ORDER BY d.day
        """;

    private const string CountryDaysSql = $"""
        SELECT {DayColumns}
        FROM position_days d
        WHERE d.country = @Country AND d.topic_id = @TopicId
        ORDER BY d.actor_key, d.day
        """;

    private const string DeleteSubjectSql = """
        DELETE FROM shifts WHERE subject_kind = @SubjectKind AND subject = @Subject AND topic_id = @TopicId
        """;

    private const string InsertSql = """
        INSERT INTO shifts (subject_kind, subject, topic_id, day, kind, from_stance, to_stance, before_position_id, after_position_id)
        VALUES (@SubjectKind, @Subject, @TopicId, @Day, @Kind, @FromStance, @ToStance, @BeforePositionId, @AfterPositionId)
        """;

    /// <summary>
    /// Recomputes the shifts of every actor history a changed day belongs to, and of every country history whose days
    /// changed (<paramref name="countries"/>: the countries of the days removed and added, with their topics).
    /// </summary>
    public static void Refresh(
        IDbConnection connection, IDbTransaction transaction, IEnumerable<PositionDays.Key> keys, IEnumerable<(string Country, string TopicId)> countries)
    {
        foreach (var (actorKey, topicId) in keys.Select(k => (k.ActorKey, k.TopicId)).Distinct())
        {
            var days = connection.Query<DayRow>(ActorDaysSql, new { ActorKey = actorKey, TopicId = topicId }, transaction).Select(d => d.ToRow()).ToList();
            var terms = Terms(connection, transaction, TermsOfActorsSql, new { ActorKey = actorKey, TopicId = topicId });
            Replace(connection, transaction, SubjectKind.Actor, actorKey, topicId,
                ShiftDetector.Detect(actorKey, topicId, days.Select(d => terms.Apply(d.ToEvidence())), PositionRules.Default));
        }
        foreach (var (country, topicId) in countries.Distinct())
        {
            RefreshCountry(connection, transaction, country, topicId);
        }
    }

    // One pass over the day table, filtered in C#: a term change in the catalogue can touch hundreds of actors at once
    // (a first sync), and a per-actor lookup would scan the table once per actor, since nothing indexes actor_id.
    private const string CountryTopicsOfActorsSql = """
        SELECT DISTINCT d.actor_id AS ActorId, d.country AS Country, d.topic_id AS TopicId FROM position_days d
        WHERE d.actor_id IS NOT NULL AND d.country IS NOT NULL
        """;

    /// <summary>
    /// After catalogue actors' office terms changed: the country histories they speak in are recomputed, since a term's
    /// end decides when a country's position passes to someone else.
    /// </summary>
    public static void RefreshTermsOf(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<string> actorIds)
    {
        if (actorIds.Count == 0)
        {
            return;
        }
        var changed = actorIds.ToHashSet(StringComparer.Ordinal);
        var countryTopics = connection.Query<(string ActorId, string Country, string TopicId)>(CountryTopicsOfActorsSql, transaction: transaction)
            .Where(row => changed.Contains(row.ActorId))
            .Select(row => (row.Country, row.TopicId))
            .Distinct()
            .ToList();
        foreach (var (country, topicId) in countryTopics)
        {
            RefreshCountry(connection, transaction, country, topicId);
        }
    }

    private static void RefreshCountry(IDbConnection connection, IDbTransaction transaction, string country, string topicId)
    {
        var days = connection.Query<DayRow>(CountryDaysSql, new { Country = country, TopicId = topicId }, transaction).Select(d => d.ToRow()).ToList();
        var terms = Terms(connection, transaction, TermsOfCountrySql, new { Country = country, TopicId = topicId });
        var evidence = days.Select(d => terms.Apply(d.ToEvidence())).ToList();
        Replace(connection, transaction, SubjectKind.Country, country, topicId, ShiftAssembly.CountryShifts(country, topicId, evidence, PositionRules.Default));
    }

    private const string ClearSql = """
        DELETE FROM shifts;
        DELETE FROM shift_rules;
        """;

    private const string AllDaysSql = $"""
        SELECT {DayColumns}
        FROM position_days d
        ORDER BY d.actor_key, d.topic_id, d.day
        """;

    private const string AllTermsSql = $"""
        SELECT {ActorRows.TermTextColumns}
        FROM actor_terms t
        ORDER BY t.actor_id, t.id
        """;

    private const string RecordRulesSql = """
        INSERT INTO shift_rules (rules) VALUES (@Rules)
        """;

    /// <summary>Recomputes the whole table from the per-day table: after a migration, a bulk load, or a change of the default rules.</summary>
    public static void RebuildAll(IDbConnection connection, IDbTransaction transaction)
    {
        connection.Execute(ClearSql, transaction: transaction);
        var terms = new OfficeTermIndex(connection.Query<ActorRows.TermText>(AllTermsSql, transaction: transaction)
            .ToLookup(t => t.ActorId, t => t.ToTerm(), StringComparer.Ordinal));
        var evidence = connection.Query<DayRow>(AllDaysSql, transaction: transaction, commandTimeout: 0)
            .Select(r => terms.Apply(r.ToRow().ToEvidence()))
            .ToList();
        foreach (var history in evidence.GroupBy(e => (e.ActorKey, e.TopicId)))
        {
            Insert(connection, transaction, SubjectKind.Actor, ShiftDetector.Detect(history.Key.ActorKey, history.Key.TopicId, history, PositionRules.Default));
        }
        foreach (var history in evidence.Where(e => e.Country is not null).GroupBy(e => (Country: e.Country!, e.TopicId)))
        {
            Insert(connection, transaction, SubjectKind.Country,
                ShiftAssembly.CountryShifts(history.Key.Country, history.Key.TopicId, history.ToList(), PositionRules.Default));
        }
        connection.Execute(RecordRulesSql, new { Rules = RulesFingerprint }, transaction);
    }

    private const string RulesSql = """
        SELECT rules FROM shift_rules
        """;

    /// <summary>True when the stored shifts were computed with this build's default rules.</summary>
    public static bool Current(IDbConnection connection, IDbTransaction? transaction) =>
        connection.Query<string>(RulesSql, transaction: transaction).SingleOrDefault() == RulesFingerprint;

    private static void Replace(
        IDbConnection connection, IDbTransaction transaction, string subjectKind, string subject, string topicId, IEnumerable<Shift> shifts)
    {
        connection.Execute(DeleteSubjectSql, new { SubjectKind = subjectKind, Subject = subject, TopicId = topicId }, transaction);
        Insert(connection, transaction, subjectKind, shifts);
    }

    private static void Insert(IDbConnection connection, IDbTransaction transaction, string subjectKind, IEnumerable<Shift> shifts)
    {
        var rows = shifts.Select(s => new
        {
            SubjectKind = subjectKind,
            s.Subject,
            s.TopicId,
            Day = IsoDate.Format(s.Date),
            Kind = KindId(s.Kind),
            FromStance = s.From.ToId(),
            ToStance = s.To.ToId(),
            BeforePositionId = s.Before.PositionId,
            AfterPositionId = s.After.PositionId,
        }).ToList();
        if (rows.Count > 0)
        {
            connection.Execute(InsertSql, rows, transaction);
        }
    }

    private const string TermsOfActorsSql = $"""
        SELECT {ActorRows.TermTextColumns}
        FROM actor_terms t
        WHERE t.actor_id IN (SELECT d.actor_id FROM position_days d WHERE d.actor_key = @ActorKey AND d.topic_id = @TopicId)
        ORDER BY t.actor_id, t.id
        """;

    private const string TermsOfCountrySql = $"""
        SELECT {ActorRows.TermTextColumns}
        FROM actor_terms t
        WHERE t.actor_id IN (SELECT d.actor_id FROM position_days d WHERE d.country = @Country AND d.topic_id = @TopicId)
        ORDER BY t.actor_id, t.id
        """;

    private static OfficeTermIndex Terms(IDbConnection connection, IDbTransaction transaction, string sql, object history) =>
        new(connection.Query<ActorRows.TermText>(sql, history, transaction).ToLookup(t => t.ActorId, t => t.ToTerm(), StringComparer.Ordinal));

    public static string KindId(ShiftKind kind) => kind switch
    {
        ShiftKind.Reversal => "reversal",
        ShiftKind.Softening => "softening",
        ShiftKind.Hardening => "hardening",
        ShiftKind.Clarification => "clarification",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // Days and term dates are read as the ISO text both engines store them as: Npgsql would refuse to read text as a date.
    private sealed class DayRow
    {
        public string ActorKey { get; init; } = "";
        public string TopicId { get; init; } = "";
        public string Day { get; init; } = "";
        public long StatementId { get; init; }
        public long PositionId { get; init; }
        public string? ActorId { get; init; }
        public string? Country { get; init; }
        public int Rank { get; init; }
        public Stance Stance { get; init; }
        public Stance ModelStance { get; init; }
        public double Confidence { get; init; }
        public bool Reviewed { get; init; }
        public int Agreeing { get; init; }

        public EvidenceRow ToRow() => new()
        {
            ActorKey = ActorKey, TopicId = TopicId, Day = IsoDate.Parse(Day), StatementId = StatementId, PositionId = PositionId,
            ActorId = ActorId, Country = Country, Rank = Rank, Stance = Stance, ModelStance = ModelStance, Confidence = Confidence,
            Reviewed = Reviewed, Agreeing = Agreeing,
        };
    }

    /// <summary>The two kinds of history a shift belongs to, as stored.</summary>
    public static class SubjectKind
    {
        public const string Actor = "actor";
        public const string Country = "country";
    }
}
