using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests.Benchmarks;

/// <summary>
/// Server-side render times of the matrix, leader and timeline pages on 100,000 synthetic statements: each page is
/// fetched (prerendered HTML) 20 times through the test host, after one warm-up. Explicit, so a normal test run
/// skips it; run with <c>dotnet test tests/StanceTracker.Web.Tests --filter "FullyQualifiedName~PageRenderBenchmark" -- xUnit.Explicit=only</c>.
/// </summary>
public sealed class PageRenderBenchmark(ITestOutputHelper output)
{
    private const int Statements = 100_000;
    private const int Runs = 20;
    private const double TargetMs = 300;

    [Fact(Explicit = true)]
    public async Task Pages_render_within_the_target_on_100k_statements()
    {
        using var factory = new DashboardFactory();
        var topics = TopicCatalog.Load(TestServices.Checkout.TopicsFile);
        var fill = Stopwatch.StartNew();
        SyntheticDatabase.Fill(factory.Database, topics, Statements);
        output.WriteLine($"filled {Statements:N0} statements in {fill.Elapsed.TotalSeconds:0.0} s");
        var topic = new SqliteTopicStore(factory.Database).All()[0].Id;

        string[] paths =
        [
            "/matrix?asOf=2025-06-30",
            "/matrix?asOf=2020-03-31&region=EU",
            "/matrix?asOf=2025-06-30&country=C07&topic=" + topic,
            "/leaders",
            "/leaders?q=actor%2012",
            "/leaders/by-key?key=synthetic-actor-12&asOf=2025-06-30",
            $"/timeline?topic={topic}&actors=synthetic-actor-12,synthetic-actor-30&countries=C07,C12",
            "/changes",
            "/changes?since=2025-01-01&topic=" + topic,
            "/changes.atom",
            "/methodology",
            "/embed/matrix?asOf=2025-06-30",
            $"/embed/timeline?topic={topic}&countries=C07,C12",
            "/data",
            "/",
        ];

        var matrix = new StanceTracker.Data.Sqlite.SqliteMatrixQuery(factory.Database);
        matrix.Get(new DateOnly(2025, 6, 30));
        var query = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            matrix.Get(new DateOnly(2025, 6, 30));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SqliteMatrixQuery.Get alone: {query.Elapsed.TotalMilliseconds / 5:0.0} ms"));

        using var client = factory.CreateClient();
        var slow = new List<string>();
        foreach (var path in paths)
        {
            var times = new List<double>(Runs);
            (await client.GetAsync(path, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            for (var i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
            times.Sort();
            var median = times[times.Count / 2];
            var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-70} median {median,7:0.0} ms   p95 {p95,7:0.0} ms"));
            if (median > TargetMs)
            {
                slow.Add(path);
            }
        }
        Assert.True(slow.Count == 0, "above the target median of 300 ms: " + string.Join(", ", slow));
    }
}
