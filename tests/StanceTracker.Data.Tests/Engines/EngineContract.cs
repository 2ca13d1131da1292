using Dapper;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Engines;

/// <summary>
/// The common part of a test class written once against the interfaces and run by each engine's subclass: the engine
/// is opened on first use (so a PostgreSQL subclass without a server skips rather than fails in its constructor).
/// </summary>
public abstract class EngineContract : IDisposable
{
    private readonly Lazy<StoreEngineUnderTest> _engine;

    protected EngineContract() => _engine = new(() =>
    {
        var engine = Open();
        Arrange(engine);
        return engine;
    });

    protected abstract StoreEngineUnderTest Open();

    /// <summary>What every test of the class starts from; most need the test topics for their positions.</summary>
    protected virtual void Arrange(StoreEngineUnderTest engine) => engine.Topics.Upsert(TestData.Topics);

    protected StoreEngineUnderTest Engine => _engine.Value;

    /// <summary>One value read beneath the interfaces, in SQL both engines speak.</summary>
    protected T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = Engine.OpenConnection();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    /// <summary>Rows read beneath the interfaces, in SQL both engines speak.</summary>
    protected List<T> Rows<T>(string sql, object? parameters = null)
    {
        using var connection = Engine.OpenConnection();
        return connection.Query<T>(sql, parameters).ToList();
    }

    // Table names come from the tests themselves, never from input.
    protected long Count(string table) => Scalar<long>($"SELECT COUNT(*) FROM {table}");

    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}
