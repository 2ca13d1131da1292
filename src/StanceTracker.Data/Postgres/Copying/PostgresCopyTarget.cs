using System.Data;
using System.Globalization;
using System.Text;
using Dapper;
using Npgsql;
using StanceTracker.Data.Copying;

namespace StanceTracker.Data.Postgres.Copying;

/// <summary>
/// A PostgreSQL store as the target of a copy: its columns read from information_schema, rows written with binary COPY
/// in one transaction, ids kept as they were in the source.
/// </summary>
public sealed class PostgresCopyTarget : IStoreCopyTarget, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly Dictionary<string, List<TargetColumn>> _columns = new(StringComparer.Ordinal);

    private PostgresCopyTarget(PostgresDatabase database) => _database = database;

    public string Location => _database.Location;

    /// <summary>Connects to the store and brings it to the latest schema.</summary>
    /// <exception cref="DatabaseUnusableException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static PostgresCopyTarget Open(string connectionString) => new(PostgresDatabase.Open(connectionString));

    internal sealed record TargetColumn(string Name, string Type, bool Identity);

    // schema_migrations is the migrator's own bookkeeping, not data.
    private const string TablesSql = """
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
        ORDER BY table_name
        """;

    public IReadOnlyList<string> Tables()
    {
        using var connection = _database.OpenConnection();
        return connection.Query<string>(TablesSql).AsList();
    }

    // A generated column (statements.search) is computed by PostgreSQL from the others and cannot be written.
    private const string ColumnsSql = """
        SELECT column_name AS Name, data_type AS Type, is_identity = 'YES' AS Identity
        FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = @Table AND is_generated = 'NEVER'
        ORDER BY ordinal_position
        """;

    public IReadOnlyList<string> Columns(string table) => ColumnsOf(table).Select(c => c.Name).ToList();

    private List<TargetColumn> ColumnsOf(string table)
    {
        if (!_columns.TryGetValue(table, out var columns))
        {
            using var connection = _database.OpenConnection();
            columns = connection.Query<TargetColumn>(ColumnsSql, new { Table = table }).AsList();
            _columns[table] = columns;
        }
        return columns;
    }

    private const string KeySql = """
        SELECT k.column_name
        FROM information_schema.table_constraints c
        JOIN information_schema.key_column_usage k
          ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name AND k.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.table_name = @Table AND c.constraint_type = 'PRIMARY KEY'
        ORDER BY k.ordinal_position
        """;

    public IReadOnlyList<string> Key(string table)
    {
        using var connection = _database.OpenConnection();
        return connection.Query<string>(KeySql, new { Table = table }).AsList();
    }

    public string? CannotWrite(string table, string column)
    {
        var type = ColumnsOf(table).Single(c => c.Name == column).Type;
        return PostgresCopyWrite.Types.ContainsKey(type) ? null : $"{table}.{column} has type {type}, which migrate cannot write";
    }

    // {0} the columns, {1} the table, {2} the key. Identifiers come from information_schema and the copier's fixed
    // table list, never from input, and are quoted. Text keys sort by bytes (COLLATE "C"), as SQLite's do, so both
    // checksums see the rows in one order whatever the database's collation.
    private static readonly CompositeFormat ReadSql = CompositeFormat.Parse("""
        SELECT {0} FROM {1} ORDER BY {2}
        """);

    public void Read(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, Action<IDataRecord> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var types = ColumnsOf(table).ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        var order = string.Join(", ", key.Select(c => types[c] is "text" or "character varying" ? $"{Quote(c)} COLLATE \"C\"" : Quote(c)));
        using var connection = _database.OpenConnection();
        using var command = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, ReadSql, string.Join(", ", columns.Select(Quote)), Quote(table), order), connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    public IStoreCopyWrite BeginWrite()
    {
        var connection = _database.OpenConnection();
        try
        {
            return new PostgresCopyWrite(connection, ColumnsOf);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose() => _database.Dispose();
}
