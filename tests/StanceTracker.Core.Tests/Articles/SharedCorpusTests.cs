namespace StanceTracker.Core.Tests.Articles;

/// <summary>Reads the reference material beside the repository, when it is there.</summary>
public sealed class SharedCorpusTests
{
    private static string SharedPath(params string[] parts)
    {
        var path = TestRepository.SharedPath(parts);
        if (path is null)
        {
            Assert.Skip($"../shared not found: no StanceTracker.sln above {AppContext.BaseDirectory}");
        }
        if (!File.Exists(path))
        {
            Assert.Skip($"../shared not found: {path} is absent");
        }
        return path;
    }

    [Fact]
    public void The_seed_article_reads_with_its_front_matter()
    {
        var path = SharedPath("corpus", "seed", "riyadh-talks.txt");

        var article = Reading.Single(Reading.Reader().ReadFile(path));

        Assert.Equal("Russia Says NATO Troops in Ukraine a Non Starter for Peace Talks", article.Title);
        Assert.Equal(new DateOnly(2025, 2, 19), article.PublishedDate);
        Assert.Equal("VORNews", article.Source);
        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("putin.jsonl", 816)]
    [InlineData("zelenskyy.jsonl", 980)]
    public void The_presidential_releases_read_without_refusals(string file, int expected)
    {
        var path = SharedPath("corpus", "kremlin-president-ua-2022", file);
        var progress = 0L;

        var results = Reading.Reader().ReadFile(path, consumed => progress = consumed).ToList();

        Assert.Empty(results.Where(result => result.Error is not null).Select(result => result.Error!.ToString()));
        Assert.Equal(expected, results.Count);
        Assert.Equal($"{path}:{expected}", results[^1].Article?.Origin);
        Assert.Equal(new FileInfo(path).Length, progress);
        Assert.All(results, result => Assert.False(string.IsNullOrWhiteSpace(result.Article?.Title)));
    }
}
