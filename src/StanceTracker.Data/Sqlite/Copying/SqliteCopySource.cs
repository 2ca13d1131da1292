using System.Data;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Copying;

namespace StanceTracker.Data.Sqlite.Copying;

/// <summary>
/// An SQLite store as the source of a copy: one read-only connection and one read transaction, so every table is read
/// from the same snapshot even if an ingest writes to the file meanwhile.
/// </summary>
public sealed class SqliteCopySource : IStoreCopyEnd, IDisposable
{
    // PostgreSQL keeps the catalogue's order of aliases in actor_aliases.position; SQLite keeps it as the rowid.
    private static readonly Dictionary<(string Table, string Column), string> Computed = new()
    {
        [("actor_aliases", "position")] = "rowid",
    };

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private SqliteCopySource(string location, SqliteConnection connection)
    {
        Location = location;
        _connection = connection;
        _transaction = connection.BeginTransaction(deferred: true);
    }

    public string Location { get; }

    /// <summary>
    /// Opens the file read-only. A file from an older build is first upgraded to the current schema, as every command
    /// does (and refused where it cannot be written); one from a newer build is refused.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">No such file, not a StanceTracker database, or a newer one.</exception>
    public static SqliteCopySource Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatabaseUnusableException($"no database at '{path}'");
        }
        var database = SqliteDatabase.OpenReadOnly(path);
        var connection = database.OpenConnection();
        try
        {
            return new SqliteCopySource(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // The FTS5 index and its shadow tables are rebuilt from statements by each engine itself.
    private const string TablesSql = """
        SELECT name FROM sqlite_schema
        WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT LIKE 'statement\_search%' ESCAPE '\'
        ORDER BY name
        """;

    public IReadOnlyList<string> Tables() => _connection.Query<string>(TablesSql, transaction: _transaction).AsList();

    // table_info leaves out hidden and generated columns, which no copy carries.
    private const string ColumnsSql = """
        SELECT name FROM pragma_table_info(@Table) ORDER BY cid
        """;

    public IReadOnlyList<string> Columns(string table)
    {
        var columns = _connection.Query<string>(ColumnsSql, new { Table = table }, _transaction).AsList();
        columns.AddRange(Computed.Keys.Where(k => k.Table == table).Select(k => k.Column));
        return columns;
    }

    // {0} the columns, {1} the table, {2} the key: identifiers from sqlite_schema and the copier's fixed table list,
    // never from input, and quoted all the same.
    private static readonly CompositeFormat ReadSql = CompositeFormat.Parse("""
        SELECT {0} FROM {1} ORDER BY {2}
        """);

    public void Read(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, Action<IDataRecord> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var select = string.Join(", ", columns.Select(c => Computed.TryGetValue((table, c), out var expression) ? $"{expression} AS {Quote(c)}" : Quote(c)));
        var order = string.Join(", ", key.Select(c => Computed.TryGetValue((table, c), out var expression) ? expression : Quote(c)));
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = string.Format(CultureInfo.InvariantCulture, ReadSql, select, Quote(table), order);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
