using System.Data;
using Dapper;

namespace StanceTracker.Data.Queries;

/// <summary>Reads how many stored positions each model version decided, for every engine (the SQL is portable).</summary>
internal static class ModelVersions
{
    private const string VersionsSql = """
        SELECT p.model_version AS Version, COUNT(*) AS Positions
        FROM positions p
        GROUP BY p.model_version
        ORDER BY Positions DESC, Version
        """;

    public static IReadOnlyList<ModelVersionCount> Read(IDbConnection connection) =>
        connection.Query<ModelVersionCount>(VersionsSql).ToList();
}
