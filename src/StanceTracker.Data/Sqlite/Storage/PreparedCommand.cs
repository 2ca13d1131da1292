using Microsoft.Data.Sqlite;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// A command prepared once and run many times with new values, for bulk writes: through Dapper each of a million rows
/// would have its SQL parsed again.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;

    /// <param name="parameterNames">The parameters in the order <see cref="Run"/> takes their values.</param>
    public PreparedCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        _command.Prepare();
    }

    /// <summary>Runs the command with these values, in the order the parameters were named; null is SQL NULL.</summary>
    public void Run(params object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
        {
            throw new ArgumentException($"{values.Length} values for {_command.Parameters.Count} parameters", nameof(values));
        }
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
