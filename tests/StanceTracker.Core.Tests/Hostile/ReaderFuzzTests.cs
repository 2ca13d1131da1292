using System.Diagnostics;
using System.Text;
using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Tests.Hostile;

/// <summary>
/// Seeded fuzzing of every reader: random bytes, truncations, byte flips, splices and markup fragments mutating
/// samples of each format and (when present) the shared corpus. Reading must never throw, hang or produce an article
/// that breaks the reader's promises. The figure to look at is the case count; the time guard only catches hangs.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int Seed = 20_261_206;
    private const int Cases = 24_000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    private static readonly string[] Extensions = [.. ArticleReader.SupportedExtensions];

    private static readonly string[] Fragments =
    [
        "<", ">", "</", "/>", "<div>", "</div>", "<b><i>", "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>",
        "&#x0;", "&#1114112;", "&amp;", "&", "\"", "'", "{", "}", "[", "]", ":", ",", "null", "\\u0000", "\\ud800", "---\n", "\n---\n",
        "published: ", "title: ", "2025-02-30", "9999-12-31", "\0", "\uFEFF", "\u202E", "\r", "\r\n", "<?xml version=\"1.0\"?>",
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<item>", "</item>", "<entry>", "<rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
    ];

    private static readonly (string Extension, string Text)[] Samples =
    [
        (".md", "---\ntitle: Talks resume\npublished: 2025-02-19\nsource: Wire\nlanguage: en\n---\nThe minister said on Monday that talks would resume.\n\n\"We are ready,\" she told reporters.\n"),
        (".txt", "Plain headline\n\nThe spokesman said the decision was final.\n"),
        (".json", "{\"title\":\"Talks\",\"published\":\"2025-02-19\",\"source\":\"Wire\",\"url\":\"https://example.org/a\",\"text\":\"The minister said talks would resume.\"}"),
        (".json", "[{\"title\":\"One\",\"published\":\"2025-02-19\",\"text\":\"First text said.\"},{\"title\":\"Two\",\"published\":\"2025-02-20T10:00:00Z\",\"text\":\"Second text.\"}]"),
        (".jsonl", "{\"title\":\"One\",\"published\":\"2025-02-19\",\"text\":\"First.\"}\n{\"title\":\"Two\",\"published\":\"2025-02-20\",\"text\":\"Second.\"}\n"),
        (".html", "<!doctype html><html lang=\"en\"><head><title>Talks - Wire</title><meta property=\"og:site_name\" content=\"Wire\"><meta property=\"article:published_time\" content=\"2025-02-19T08:00:00Z\"><script type=\"application/ld+json\">{\"@graph\":[{\"datePublished\":\"2025-02-19\"}]}</script></head><body><nav>Home</nav><article><h1>Talks resume</h1><time datetime=\"2025-02-19\">19 Feb</time><p>The minister <b>said</b> talks would resume.</p><div class=\"cookie-banner\">Cookies</div><ul><li>one<li>two</ul></article><footer>(c)</footer></body></html>"),
        (".rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Talks</title><link>https://example.org/a</link><pubDate>Wed, 19 Feb 2025 08:00:00 GMT</pubDate><description>&lt;p&gt;The minister said talks would resume.&lt;/p&gt;</description></item><item><title>Two</title><pubDate>Thu, 20 Feb 2025 08:00:00 GMT</pubDate><description>Second.</description></item></channel></rss>"),
        (".atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><entry><title>Talks</title><updated>2025-02-19T08:00:00Z</updated><published>2025-02-19T08:00:00Z</published><link href=\"https://example.org/a\"/><content type=\"html\">&lt;p&gt;The minister said.&lt;/p&gt;</content></entry></feed>"),
    ];

    [Fact]
    public async Task Readers_survive_random_and_mutated_input()
    {
        var seeds = Samples.Select(s => (s.Extension, Bytes: Encoding.UTF8.GetBytes(s.Text))).Concat(SharedSeeds()).ToList();
        var reader = new ArticleReader(new ArticleReaderOptions { DefaultPublished = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero) });
        var random = new Random(Seed);
        var failures = new List<string>();
        var refused = 0;
        var articles = 0;
        var slowest = TimeSpan.Zero;

        var total = Stopwatch.StartNew();
        var run = Task.Run(() =>
        {
            var clock = new Stopwatch();
            for (var n = 0; n < Cases && failures.Count < 20; n++)
            {
                var (extension, bytes) = Mutate(random, seeds, n);
                clock.Restart();
                try
                {
                    foreach (var result in reader.ReadBytes(bytes, "fuzz" + extension, $"case {n}"))
                    {
                        if (result.Error is not null)
                        {
                            refused++;
                            Check(result.Error.Reason.Length > 0, n, extension, "refusal without a reason", failures);
                        }
                        else if (result.Article is { } article)
                        {
                            articles++;
                            Check(article.Body.Length > 0, n, extension, "article without text", failures);
                            Check(article.Title.Length is > 0 and <= ArticleReaderOptions.MaxTitleLength, n, extension, $"title of {article.Title.Length} characters", failures);
                        }
                        else
                        {
                            failures.Add($"case {n} ({extension}): a result with neither article nor refusal");
                        }
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"case {n} ({extension}, {bytes.Length} bytes): {e.GetType().Name}: {e.Message}");
                }
                if (clock.Elapsed > slowest)
                {
                    slowest = clock.Elapsed;
                }
            }
        }, TestContext.Current.CancellationToken);

        // A hang guard only: WaitAsync throws TimeoutException if the run never ends.
        await run.WaitAsync(HangGuard, TestContext.Current.CancellationToken);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"reader fuzz: {Cases:N0} cases (seed {Seed}, {seeds.Count} seeds) in {total.Elapsed.TotalSeconds:0.0} s; {articles:N0} articles, {refused:N0} refusals; slowest case {slowest.TotalMilliseconds:0} ms");
        Assert.True(articles > 1_000 && refused > 1_000, $"the mutations reach both outcomes ({articles} articles, {refused} refusals)");
    }

    private static void Check(bool condition, int n, string extension, string problem, List<string> failures)
    {
        if (!condition)
        {
            failures.Add($"case {n} ({extension}): {problem}");
        }
    }

    private static (string Extension, byte[] Bytes) Mutate(Random random, List<(string Extension, byte[] Bytes)> seeds, int n)
    {
        var (extension, source) = seeds[random.Next(seeds.Count)];
        // Now and then the same bytes under another format's name: readers must refuse what is not theirs.
        if (random.Next(10) == 0)
        {
            extension = Extensions[random.Next(Extensions.Length)];
        }
        var bytes = new List<byte>(source);
        switch (n % 7)
        {
            case 0:
                var noise = new byte[random.Next(0, 4_000)];
                random.NextBytes(noise);
                return (Extensions[random.Next(Extensions.Length)], noise);
            case 1:
                var cut = random.Next(bytes.Count + 1);
                bytes.RemoveRange(cut, bytes.Count - cut);
                break;
            case 2:
                for (var i = random.Next(1, 20); i > 0 && bytes.Count > 0; i--)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }
                break;
            case 3:
                for (var i = random.Next(1, 12); i > 0; i--)
                {
                    var fragment = Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]);
                    bytes.InsertRange(random.Next(bytes.Count + 1), fragment);
                }
                break;
            case 4:
                if (bytes.Count > 2)
                {
                    var start = random.Next(bytes.Count - 1);
                    var length = random.Next(1, Math.Min(2_000, bytes.Count - start));
                    var slice = bytes.GetRange(start, length);
                    for (var i = random.Next(1, 30); i > 0; i--)
                    {
                        bytes.InsertRange(random.Next(bytes.Count + 1), slice);
                    }
                }
                break;
            case 5:
                var other = seeds[random.Next(seeds.Count)].Bytes;
                var splitAt = random.Next(bytes.Count + 1);
                bytes.RemoveRange(splitAt, bytes.Count - splitAt);
                bytes.AddRange(other.Skip(random.Next(other.Length + 1)));
                break;
            default:
                if (bytes.Count > 0)
                {
                    var start = random.Next(bytes.Count);
                    bytes.RemoveRange(start, random.Next(Math.Min(500, bytes.Count - start) + 1));
                }
                break;
        }
        return (extension, bytes.ToArray());
    }

    /// <summary>Slices of the shared corpus (read-only, beside the checkout), kept small so the run stays quick.</summary>
    private static IEnumerable<(string Extension, byte[] Bytes)> SharedSeeds()
    {
        var corpus = TestRepository.SharedPath("corpus");
        if (corpus is null || !Directory.Exists(corpus))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file);
            if (extension == ".jsonl")
            {
                var lines = File.ReadLines(file).Take(40).ToList();
                yield return (".jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(5))));
                foreach (var line in lines.Where((_, i) => i % 4 == 0))
                {
                    yield return (".json", Encoding.UTF8.GetBytes(line));
                }
            }
            else if (Extensions.Contains(extension) && new FileInfo(file).Length < 200_000)
            {
                yield return (extension, File.ReadAllBytes(file));
            }
        }
    }
}
