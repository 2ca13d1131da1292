using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// <c>reclassify</c> re-reads only the articles something else classified: another model, or the same model checked
/// against other topic words (an analyst edited <c>evidence</c> in topics.json).
/// </summary>
public sealed class ReclassifyCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Articles_classified_with_other_topic_words_are_classified_again_and_current_ones_are_left()
    {
        _temp.File("in/a1.md", Articles.FrontMatter(1));
        _temp.File("in/a2.md", Articles.FrontMatter(2));
        var (ingested, _, ingestLog) = Cli.Run("ingest", Path.Combine(_temp.Path, "in"), "--db", _temp.Database, "--model", "fast");
        Assert.True(ingested == ExitCodes.Ok, ingestLog);
        var current = ClassifiedBy();
        Assert.Equal(2, current.Count);
        Assert.Single(current.Distinct());
        Assert.Contains("+evidence:", current[0], StringComparison.Ordinal); // the checkout's topics.json has evidence terms

        var (unchanged, unchangedOutput, _) = Cli.Run("reclassify", "--db", _temp.Database, "--model", "fast");
        Assert.Equal(ExitCodes.Ok, unchanged);
        Assert.Contains("Classified 0 article(s) again", unchangedOutput, StringComparison.Ordinal);

        // As if the first article had been classified before the topic words changed.
        var model = current[0][..current[0].IndexOf("+evidence:", StringComparison.Ordinal)];
        MarkFirstArticle($"{model}+evidence:00000000");

        var (again, againOutput, againLog) = Cli.Run("reclassify", "--db", _temp.Database, "--model", "fast");
        Assert.True(again == ExitCodes.Ok, againLog);
        Assert.Contains($"Classified 1 article(s) again with {current[0]}", againOutput, StringComparison.Ordinal);
        Assert.Equal([current[0], current[0]], ClassifiedBy());
    }

    private List<string> ClassifiedBy()
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT classified_by FROM articles ORDER BY id";
        using var reader = command.ExecuteReader();
        var versions = new List<string>();
        while (reader.Read())
        {
            versions.Add(reader.GetString(0));
        }
        return versions;
    }

    private void MarkFirstArticle(string classifiedBy)
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE articles SET classified_by = $classifiedBy WHERE id = (SELECT min(id) FROM articles)";
        command.Parameters.AddWithValue("$classifiedBy", classifiedBy);
        command.ExecuteNonQuery();
    }
}
