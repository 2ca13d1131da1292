using System.Globalization;
using System.Text;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using StanceTracker.Data.Copying;

namespace StanceTracker.Data.Postgres.Copying;

/// <summary>The one transaction a copy is written in, holding the store's write turn until it ends.</summary>
internal sealed class PostgresCopyWrite : IStoreCopyWrite
{
    /// <summary>The column types a copy writes, with the value each takes from whatever the source engine read.</summary>
    internal static readonly Dictionary<string, (NpgsqlDbType Type, Func<object, object> Convert)> Types = new(StringComparer.Ordinal)
    {
        // SQLite keeps booleans as integers.
        ["boolean"] = (NpgsqlDbType.Boolean, v => v is bool b ? b : System.Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0),
        ["smallint"] = (NpgsqlDbType.Smallint, v => System.Convert.ToInt16(v, CultureInfo.InvariantCulture)),
        ["integer"] = (NpgsqlDbType.Integer, v => System.Convert.ToInt32(v, CultureInfo.InvariantCulture)),
        ["bigint"] = (NpgsqlDbType.Bigint, v => System.Convert.ToInt64(v, CultureInfo.InvariantCulture)),
        ["double precision"] = (NpgsqlDbType.Double, v => System.Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        ["real"] = (NpgsqlDbType.Real, v => System.Convert.ToSingle(v, CultureInfo.InvariantCulture)),
        ["text"] = (NpgsqlDbType.Text, v => System.Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
        ["character varying"] = (NpgsqlDbType.Varchar, v => System.Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
    };

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly Func<string, List<PostgresCopyTarget.TargetColumn>> _columns;
    private readonly List<string> _written = [];

    public PostgresCopyWrite(NpgsqlConnection connection, Func<string, List<PostgresCopyTarget.TargetColumn>> columns)
    {
        _connection = connection;
        _columns = columns;
        _transaction = connection.BeginTransaction();
        PostgresDatabase.TakeWriteTurn(connection, _transaction);
    }

    // {0} the table, quoted, from the copier's fixed list.
    private static readonly CompositeFormat CountSql = CompositeFormat.Parse("""
        SELECT count(*) FROM {0}
        """);

    public long Count(string table) =>
        _connection.ExecuteScalar<long>(string.Format(CultureInfo.InvariantCulture, CountSql, PostgresCopyTarget.Quote(table)), transaction: _transaction);

    // {0} the table, {1} its columns, quoted, from information_schema. COPY writes the given ids even into GENERATED
    // ALWAYS identity columns (as INSERT … OVERRIDING SYSTEM VALUE would), so references between tables stay intact.
    private static readonly CompositeFormat CopySql = CompositeFormat.Parse("""
        COPY {0} ({1}) FROM STDIN (FORMAT BINARY)
        """);

    public IRowSink Insert(string table, IReadOnlyList<string> columns)
    {
        var types = _columns(table).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var writers = columns.Select(c => Types[types[c].Type]).ToArray();
        _written.Add(table);
        var importer = _connection.BeginBinaryImport(string.Format(
            CultureInfo.InvariantCulture, CopySql, PostgresCopyTarget.Quote(table), string.Join(", ", columns.Select(PostgresCopyTarget.Quote))));
        return new Sink(importer, table, columns, writers);
    }

    // {0} the identity column, {1} the table, both quoted; pg_get_serial_sequence takes them as parameters. The next
    // id handed out follows the largest copied one (1 for an empty table).
    private static readonly CompositeFormat ResetIdentitySql = CompositeFormat.Parse("""
        SELECT setval(pg_get_serial_sequence(@Table, @Column), COALESCE(max({0}), 0) + 1, false) FROM {1}
        """);

    // {0} the table, quoted. A bulk load leaves the planner without statistics and the visibility map empty (so the
    // matrix's index-only seeks visit the heap) until autovacuum comes round; VACUUM cannot run inside the copy's
    // transaction, so it follows the commit.
    private static readonly CompositeFormat VacuumSql = CompositeFormat.Parse("VACUUM (ANALYZE) {0}");

    public void Commit()
    {
        foreach (var table in _written)
        {
            foreach (var column in _columns(table).Where(c => c.Identity))
            {
                var quoted = PostgresCopyTarget.Quote(table);
                _connection.Execute(
                    string.Format(CultureInfo.InvariantCulture, ResetIdentitySql, PostgresCopyTarget.Quote(column.Name), quoted),
                    new { Table = quoted, Column = column.Name },
                    _transaction);
            }
        }
        _transaction.Commit();
        foreach (var table in _written)
        {
            _connection.Execute(string.Format(CultureInfo.InvariantCulture, VacuumSql, PostgresCopyTarget.Quote(table)), commandTimeout: 0);
        }
    }

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }

    private sealed class Sink(NpgsqlBinaryImporter importer, string table, IReadOnlyList<string> columns, (NpgsqlDbType Type, Func<object, object> Convert)[] writers) : IRowSink
    {
        private long _row;

        public void Add(object[] values)
        {
            _row++;
            importer.StartRow();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is DBNull)
                {
                    importer.WriteNull();
                    continue;
                }
                object value;
                try
                {
                    value = writers[i].Convert(values[i]);
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
                {
                    throw new StoreMigrationException($"{table}.{columns[i]} in row {_row:N0} holds '{values[i]}', which is no {writers[i].Type}; nothing was written", e);
                }
                importer.Write(value, writers[i].Type);
            }
        }

        public void Complete() => importer.Complete();

        public void Dispose() => importer.Dispose();
    }
}
