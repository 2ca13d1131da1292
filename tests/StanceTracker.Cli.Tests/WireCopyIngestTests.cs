using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// A feed of 50 items read by the real extractor: 40 distinct statements and one agency quote that ten items carry,
/// each under its own dateline, attribution and footer. 50 articles are stored (each is a source) and 41 statements:
/// the quote once, with its nine further articles as reports.
/// </summary>
public sealed class WireCopyIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Quote = "Poland will not send its soldiers to Ukraine, but it will lead the logistics hub at Rzeszow for any peace force";

    // How ten outlets print the same agency copy. (The extractor itself reads a quote ending in "!" before its
    // attribution, and "said, according to the agency", otherwise: not forms this test is about.)
    private static readonly string[] Copies =
    [
        "\"{0},\" Prime Minister Donald Tusk said.",
        "WARSAW, March 12 (Reuters) - \"{0},\" Prime Minister Donald Tusk said on Wednesday.",
        "\u201C{0},\u201D Prime Minister Donald Tusk told reporters.",
        "WARSAW (AP) \u2014 \"{0},\" Prime Minister Donald Tusk said.",
        "\"{0},\" Prime Minister Donald Tusk said at a news conference.",
        "\"{0},\" Prime Minister Donald Tusk said in Warsaw.",
        "WARSAW \u2013 \"{0},\" Prime Minister Donald Tusk told journalists.",
        "\"{0},\" Prime Minister Donald Tusk stressed.",
        "(AFP) - \"{0},\" Prime Minister Donald Tusk said on Wednesday.",
        "\"{0},\" Prime Minister Donald Tusk added.",
    ];

    private static string Feed()
    {
        var c = CultureInfo.InvariantCulture;
        var items = new StringBuilder();
        void Item(int number, DateOnly date, string body) => items.Append(c, $"""
            <item><title>Item {number}</title><link>https://agency.example/items/{number}</link>
            <pubDate>{date.ToDateTime(new TimeOnly(9, 0)).ToString("R", c)}</pubDate>
            <description>{SecurityElement.Escape(body)}</description></item>

            """);

        for (var i = 0; i < 40; i++)
        {
            Item(i + 1, new DateOnly(2025, 3, 1).AddDays(i % 10),
                $"\"Poland will deliver {i + 3} more ambulances to the hospitals of Kharkiv before the winter,\" Prime Minister Donald Tusk said.\n\nOur reporter {i + 1} contributed.");
        }
        for (var i = 0; i < Copies.Length; i++)
        {
            Item(41 + i, new DateOnly(2025, 3, 12).AddDays(i % 3),
                string.Format(c, Copies[i], Quote) + $"\n\nSubscribe to the newsletter of outlet {i + 1} for more.");
        }
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Agency Digest</title><link>https://agency.example/</link><description>News</description>
            {items}</channel></rss>
            """;
    }

    [Fact]
    public void Ten_wire_copies_in_a_feed_of_fifty_are_one_statement_with_ten_sources()
    {
        var feed = _temp.File("digest.rss", Feed());

        var (exit, output, error) = Cli.Run("ingest", "--no-classify", feed, "--db", _temp.Database);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Matches(@"new\s+50\b", output);
        Assert.Matches(@"statements\s+41\b", output);
        Assert.Matches(@"wire copies\s+9 .*; 9 article\(s\) held nothing else", output);
        using var connection = new SqliteConnection($"Data Source={_temp.Database}");
        connection.Open();
        Assert.Equal(50L, Scalar(connection, "SELECT count(*) FROM articles"));
        Assert.Equal(41L, Scalar(connection, "SELECT count(*) FROM statements"));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM statements WHERE text LIKE '%logistics hub%'"));
        Assert.Equal(9L, Scalar(connection, """
            SELECT count(*) FROM statement_reports r JOIN statements s ON s.id = r.statement_id WHERE s.text LIKE '%logistics hub%'
            """));
        // The ambulances differ in number: none of the forty is taken for a copy of another.
        Assert.Equal(9L, Scalar(connection, "SELECT count(*) FROM statement_reports"));
    }

    [Fact]
    public void With_no_dedup_every_copy_is_a_statement_of_its_own()
    {
        var feed = _temp.File("digest.rss", Feed());

        var (exit, output, error) = Cli.Run("ingest", "--no-classify", "--no-dedup", feed, "--db", _temp.Database);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Matches(@"statements\s+50\b", output);
        Assert.Matches(@"wire copies\s+0\b", output);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
