using Npgsql;

namespace StanceTracker.Data.Postgres.Benchmarks;

/// <summary>Databases a benchmark makes on a PostgreSQL server for itself, named by the benchmark, never by a user.</summary>
public static class PostgresBenchDatabases
{
    /// <summary>
    /// The connection string of a new, empty database <paramref name="name"/> on the server that
    /// <paramref name="serverConnectionString"/> reaches (a database of that name made by an earlier run is dropped first).
    /// </summary>
    public static string Recreate(string serverConnectionString, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverConnectionString);
        if (!name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException($"'{name}' is not a benchmark database name", nameof(name));
        }
        var settings = new NpgsqlConnectionStringBuilder(serverConnectionString);
        using (var connection = new NpgsqlConnection(settings.ConnectionString))
        {
            connection.Open();
            // Identifiers cannot be parameters; the name was checked above to be lower-case letters, digits and '_'.
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        settings.Database = name;
        return settings.ConnectionString;
    }
}
