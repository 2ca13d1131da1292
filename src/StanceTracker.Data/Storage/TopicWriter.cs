using System.Data;
using System.Text.Json;
using Dapper;
using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Storage;

/// <summary>Writes the codebook's topics inside the caller's transaction, for every engine (the SQL is portable).</summary>
internal static class TopicWriter
{
    // A new topic goes after all others; an existing one keeps its place, so the dashboard's columns do not jump
    // when the codebook is reloaded.
    private const string UpsertSql = """
        INSERT INTO topics (id, label, proposition, description, cues, sort_order)
        VALUES (@Id, @Label, @Proposition, @Description, @Cues, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM topics))
        ON CONFLICT (id) DO UPDATE SET
          label = excluded.label,
          proposition = excluded.proposition,
          description = excluded.description,
          cues = excluded.cues
        """;

    public static void Upsert(IDbConnection connection, IDbTransaction transaction, IEnumerable<Topic> topics)
    {
        foreach (var topic in topics)
        {
            connection.Execute(UpsertSql, new
            {
                topic.Id,
                topic.Label,
                topic.Proposition,
                topic.Description,
                Cues = JsonSerializer.Serialize(topic.Cues),
            }, transaction);
        }
    }
}
