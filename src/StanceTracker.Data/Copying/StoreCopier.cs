using System.Diagnostics;

namespace StanceTracker.Data.Copying;

/// <summary>One table after a copy: rows and checksum read from each store.</summary>
public sealed record TableComparison(string Table, long SourceRows, string SourceChecksum, long TargetRows, string TargetChecksum)
{
    public bool Same => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>What <see cref="StoreCopier.Run"/> copied, how fast, and whether every table reads back the same.</summary>
public sealed record StoreCopyReport(string From, string To, IReadOnlyList<TableComparison> Tables, TimeSpan CopyTime)
{
    public long Rows => Tables.Sum(t => t.SourceRows);

    public double RowsPerSecond => Rows / Math.Max(CopyTime.TotalSeconds, 0.001);

    public bool Same => Tables.All(t => t.Same);
}

/// <summary>
/// Copies every table of one store into another, empty one, in a single transaction of the target, then reads both
/// back and compares counts and checksums. Engine-neutral: each engine supplies its end (<see cref="IStoreCopyEnd"/>).
/// </summary>
public sealed class StoreCopier(IStoreCopyEnd source, IStoreCopyTarget target)
{
    /// <summary>Every table a store holds, parents before the tables whose foreign keys point at them.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "sources", "articles", "actors", "actor_aliases", "actor_terms", "topics", "statements", "statement_reports", "positions", "reviews",
        "speaker_corrections", "position_days", "actor_topics", "shifts", "article_queue", "users", "alert_follows", "alert_deliveries",
        "news_sources", "news_source_items",
    ];

    /// <summary>
    /// Tables every store fills itself when it is created, so they are neither copied nor counted as unknown: <c>shift_rules</c>
    /// names the rules the stored shifts were found under, the same in both stores since this build opened (and so brought
    /// up to date) the source.
    /// </summary>
    public static IReadOnlyList<string> FilledAtCreation { get; } = ["shift_rules"];

    /// <exception cref="StoreMigrationException">The stores do not have the same tables and columns, or the target is not empty.</exception>
    public StoreCopyReport Run(Action<string>? progress = null)
    {
        var plan = Plan();
        var sourceSums = new Dictionary<string, (long Rows, string Checksum)>();
        var watch = Stopwatch.StartNew();
        using (var write = target.BeginWrite())
        {
            // Checked inside the transaction, after the write turn, so two migrations into one store cannot both pass;
            // articles first, the table a store in use is sure to fill.
            foreach (var table in plan.Select(p => p.Table).OrderBy(t => t != "articles"))
            {
                if (write.Count(table) is var rows and > 0)
                {
                    throw new StoreMigrationException(
                        $"'{target.Location}' already holds {rows:N0} row(s) in {table}: migrate copies into an empty store only, and nothing was written");
                }
            }
            foreach (var (table, columns, key) in plan)
            {
                progress?.Invoke($"copying {table}");
                using var checksum = new TableChecksum();
                using (var sink = write.Insert(table, columns))
                {
                    var values = new object[columns.Count];
                    source.Read(table, columns, key, record =>
                    {
                        record.GetValues(values);
                        checksum.Add(values);
                        sink.Add(values);
                    });
                    sink.Complete();
                }
                sourceSums[table] = (checksum.Rows, checksum.Finish());
            }
            write.Commit();
        }
        watch.Stop();

        progress?.Invoke("reading the copy back");
        var comparisons = plan.Select(p =>
        {
            using var checksum = new TableChecksum();
            var values = new object[p.Columns.Count];
            target.Read(p.Table, p.Columns, p.Key, record =>
            {
                record.GetValues(values);
                checksum.Add(values);
            });
            var (rows, sum) = sourceSums[p.Table];
            return new TableComparison(p.Table, rows, sum, checksum.Rows, checksum.Finish());
        }).ToList();
        return new StoreCopyReport(source.Location, target.Location, comparisons, watch.Elapsed);
    }

    /// <summary>
    /// Each table with the columns both stores have, ordered by name (the engines add columns in different places).
    /// Any table or column only one of them has is an error: copying the rest would lose it without a word.
    /// </summary>
    private List<(string Table, IReadOnlyList<string> Columns, IReadOnlyList<string> Key)> Plan()
    {
        var problems = new List<string>();
        foreach (var (end, name) in new (IStoreCopyEnd End, string Name)[] { (source, "source"), (target, "target") })
        {
            var tables = end.Tables().Except(FilledAtCreation, StringComparer.Ordinal).ToList();
            problems.AddRange(tables.Except(Tables, StringComparer.Ordinal).Select(t => $"table {t} in the {name} is not one migrate knows"));
            problems.AddRange(Tables.Except(tables, StringComparer.Ordinal).Select(t => $"the {name} has no table {t}"));
        }
        if (problems.Count > 0)
        {
            throw new StoreMigrationException($"the stores do not have the same tables: {string.Join("; ", problems)}");
        }

        var plan = new List<(string, IReadOnlyList<string>, IReadOnlyList<string>)>();
        foreach (var table in Tables)
        {
            var sourceColumns = source.Columns(table);
            var targetColumns = target.Columns(table);
            problems.AddRange(targetColumns.Except(sourceColumns, StringComparer.Ordinal).Select(c => $"{table}.{c} is in the target but not in the source"));
            problems.AddRange(sourceColumns.Except(targetColumns, StringComparer.Ordinal).Select(c => $"{table}.{c} is in the source but not in the target"));
            problems.AddRange(targetColumns.Select(c => target.CannotWrite(table, c)).OfType<string>());
            var key = target.Key(table);
            if (key.Count == 0)
            {
                problems.Add($"{table} has no primary key in the target to order its rows by");
            }
            plan.Add((table, targetColumns.Order(StringComparer.Ordinal).ToList(), key));
        }
        if (problems.Count > 0)
        {
            throw new StoreMigrationException($"the stores' columns differ: {string.Join("; ", problems)}");
        }
        return plan;
    }
}
