using System.Text.RegularExpressions;
using System.Xml.Linq;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>"What changed" on a store with hundreds of shifts: pages of 50 with links between them, and a feed of 100.</summary>
public sealed partial class ChangesPagingTests : IDisposable
{
    private readonly DashboardFactory _factory = new();
    private readonly HttpClient _client;

    public ChangesPagingTests()
    {
        SyntheticDatabase.Fill(_factory.Database, TopicCatalog.Load(TestServices.Checkout.TopicsFile), 4_000);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shifts_come_fifty_a_page_newest_first_with_links_to_older_and_newer()
    {
        var first = await _client.GetStringAsync("/changes?since=2000-01-01", Cancel);
        var count = CountLine().Match(first);
        Assert.True(count.Success, "no count line on the page");
        var total = int.Parse(count.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var pages = int.Parse(count.Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 100, $"the synthetic store should hold more than two pages of shifts, found {total}");
        Assert.Equal((total + 49) / 50, pages);
        Assert.Equal(50, Items(first));
        Assert.Contains("data-testid=\"changes-older\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"changes-newer\"", first, StringComparison.Ordinal);

        var second = await _client.GetStringAsync("/changes?since=2000-01-01&page=1", Cancel);
        Assert.Contains("page 2 of", second, StringComparison.Ordinal);
        Assert.Contains("start=\"51\"", second, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"changes-newer\"", second, StringComparison.Ordinal);
        Assert.Empty(Shifts(first).Intersect(Shifts(second)));

        // Past the end: the last page, not an empty list.
        var beyond = await _client.GetStringAsync("/changes?since=2000-01-01&page=100000", Cancel);
        Assert.Contains($"page {pages} of {pages}", beyond, StringComparison.Ordinal);
        Assert.Equal(total - (pages - 1) * 50, Items(beyond));
    }

    [Fact]
    public async Task The_feed_carries_the_newest_hundred()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync("/changes.atom?since=2000-01-01", Cancel));
        Assert.Equal(100, feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
    }

    private static int Items(string html) => Regex.Count(html, "data-testid=\"change\" ");

    // A subject shifts at most once a day on a topic: subject, topic and date name a shift.
    private static IEnumerable<string> Shifts(string html) =>
        ShiftItem().Matches(html).Select(m => $"{m.Groups["subject"].Value}|{m.Groups["topic"].Value}|{m.Groups["date"].Value}");

    [GeneratedRegex("data-subject=\"(?<subject>[^\"]*)\" data-topic=\"(?<topic>[^\"]*)\"[\\s\\S]*?class=\"change-date\">(?<date>[^<]+)<")]
    private static partial Regex ShiftItem();

    [GeneratedRegex(@"(?<total>\d+) shifts; page \d+ of (?<pages>\d+), 50 a page")]
    private static partial Regex CountLine();
}
