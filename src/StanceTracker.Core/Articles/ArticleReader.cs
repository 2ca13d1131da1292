using System.Collections.ObjectModel;
using System.Text;

namespace StanceTracker.Core.Articles;

/// <summary>
/// Finds article files and reads them into <see cref="Article"/>s. Bad input never throws: every problem becomes a
/// refusal naming the file (and the item or line) and the reason, and the rest of the input is still read.
/// </summary>
public sealed class ArticleReader(ArticleReaderOptions options)
{
    private readonly ArticleReaderOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>What a format's reader gets besides the text: the options, the run's budget, and where to report progress.</summary>
    private sealed record FormatContext(ArticleReaderOptions Options, ReadBudget Budget, Action<long> ReportConsumed);

    private delegate IEnumerable<ArticleReadResult> FormatReader(string text, string origin, FormatContext context);

    private static IEnumerable<ArticleReadResult> Plain(string text, string origin, FormatContext context) =>
        [FrontMatterReader.Read(text, origin, isMarkdown: false, context.Options)];

    private static IEnumerable<ArticleReadResult> Markdown(string text, string origin, FormatContext context) =>
        [FrontMatterReader.Read(text, origin, isMarkdown: true, context.Options)];

    private static IEnumerable<ArticleReadResult> Html(string text, string origin, FormatContext context) =>
        [HtmlArticleReader.Read(text, origin, context.Budget)];

    private static IEnumerable<ArticleReadResult> Feed(string text, string origin, FormatContext context) =>
        FeedArticleReader.Read(text, origin, context.Budget);

    // The one list of formats: a new one is a reader and a line here (the extensions' order is the order messages list them in).
    private static readonly (string Extension, FormatReader Read)[] Formats =
    [
        (".txt", Plain),
        (".md", Markdown),
        (".markdown", Markdown),
        (".json", (text, origin, context) => JsonArticleReader.ReadDocument(text, origin, context.Budget)),
        (".jsonl", (text, origin, context) => JsonArticleReader.ReadLines(text, origin, context.Budget, context.ReportConsumed)),
        (".html", Html),
        (".htm", Html),
        (".xhtml", Html),
        (".xml", Feed),
        (".rss", Feed),
        (".atom", Feed),
    ];

    public static IReadOnlyList<string> SupportedExtensions { get; } = new ReadOnlyCollection<string>(Formats.Select(f => f.Extension).ToList());

    // Files that travel with a corpus to describe it; reading them as articles would add noise, refusing them would alarm.
    private static readonly string[] DocumentationPrefixes = ["README", "LICENSE", "LICENCE", "SOURCE", "NOTICE", "CHANGELOG"];

    /// <summary>
    /// Expands files and folders (recursively, each folder's entries in ordinal order) into the files to read.
    /// Inside folders, hidden entries and documentation files are passed over and listed in <see cref="ArticleInputs.Skipped"/>.
    /// </summary>
    public static ArticleInputs Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var expansion = new Expansion();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                expansion.AddFile(path);
            }
            else if (Directory.Exists(path))
            {
                expansion.AddFolder(path);
            }
            else
            {
                expansion.Errors.Add(new ArticleError(path, "no such file or folder"));
            }
        }
        return new ArticleInputs(expansion.Files, expansion.Errors, expansion.Skipped);
    }

    /// <summary>Reads one file; several results where the file holds several articles.</summary>
    /// <param name="onBytesRead">
    /// Called with the bytes of this file consumed so far: after each line of a .jsonl file, and once at the end.
    /// </param>
    public IEnumerable<ArticleReadResult> ReadFile(string path, Action<long>? onBytesRead = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (UnsupportedType(path) is { } unsupported)
        {
            return [ArticleReadResult.Refused(path, unsupported)];
        }
        if (Directory.Exists(path))
        {
            return [ArticleReadResult.Refused(path, "is a folder, not a file")];
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Checked before reading, so an oversized file costs nothing.
            if (TextDecoding.CheckSize(stream.Length, _options.MaxBytes) is { } tooLarge)
            {
                return [ArticleReadResult.Refused(path, tooLarge)];
            }
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ArticleReadResult.Refused(path, $"cannot read file: {e.Message}")];
        }
        return Read(bytes, path, Path.GetExtension(path), onBytesRead);
    }

    /// <summary>Reads content that did not come from disk (a paste or an upload).</summary>
    /// <param name="fileName">Its extension picks the format.</param>
    /// <param name="origin">Names the content in refusals and in <see cref="Article.Origin"/>.</param>
    public IEnumerable<ArticleReadResult> ReadText(string content, string fileName, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(origin);
        if (UnsupportedType(fileName) is { } unsupported)
        {
            return [ArticleReadResult.Refused(origin, unsupported)];
        }
        var bytes = Encoding.UTF8.GetBytes(content);
        if (TextDecoding.CheckSize(bytes.Length, _options.MaxBytes) is { } tooLarge)
        {
            return [ArticleReadResult.Refused(origin, tooLarge)];
        }
        return Read(bytes, origin, Path.GetExtension(fileName), onBytesRead: null);
    }

    /// <summary>
    /// An article typed or pasted, its fields given beside the text rather than in it: no format is parsed, and the
    /// checks and normalisation every format gets (size, body, title fallback, date plausibility) apply.
    /// </summary>
    public ArticleReadResult ReadPasted(string text, string? title, DateOnly? published, string? source, string? url, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        if (TextDecoding.CheckSize(Encoding.UTF8.GetByteCount(text), _options.MaxBytes) is { } tooLarge)
        {
            return ArticleReadResult.Refused(origin, tooLarge);
        }
        var publishedAt = published is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        return new ArticleFields(title, text.ReplaceLineEndings("\n"), PublishedValue: publishedAt, Source: source, Url: url)
            .Complete(origin, _options, "no publication date: give the date it was published");
    }

    /// <summary>Reads content as it arrived (an upload), bytes and all: the same checks as a file on disk.</summary>
    public IEnumerable<ArticleReadResult> ReadBytes(byte[] content, string fileName, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(origin);
        if (UnsupportedType(fileName) is { } unsupported)
        {
            return [ArticleReadResult.Refused(origin, unsupported)];
        }
        if (TextDecoding.CheckSize(content.LongLength, _options.MaxBytes) is { } tooLarge)
        {
            return [ArticleReadResult.Refused(origin, tooLarge)];
        }
        return Read(content, origin, Path.GetExtension(fileName), onBytesRead: null);
    }

    private IEnumerable<ArticleReadResult> Read(byte[] bytes, string origin, string extension, Action<long>? onBytesRead)
    {
        var reported = -1L;
        void Report(long consumed)
        {
            if (consumed != reported)
            {
                reported = consumed;
                onBytesRead?.Invoke(consumed);
            }
        }

        if (TextDecoding.Decode(bytes, out var text) is { } undecodable)
        {
            yield return ArticleReadResult.Refused(origin, undecodable);
        }
        else
        {
            var preamble = TextDecoding.PreambleLength(bytes);
            var budget = ReadBudget.Start(_options);
            var format = Formats.First(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
            var context = new FormatContext(_options, budget, consumed => Report(preamble + consumed));
            IEnumerable<ArticleReadResult> Parse() => format.Read(text, origin, context);
            foreach (var result in Guarded(Parse, origin))
            {
                budget.Pause();
                yield return result;
                budget.Resume();
            }
        }
        Report(bytes.Length);
    }

    /// <summary>
    /// The readers' results, with a limit broken part-way (depth, elements, time) as a refusal of the rest of the file.
    /// Anything else a reader throws is a bug, but one that untrusted input found: it too refuses the file with its
    /// message rather than ending the run (the fuzz tests look for these).
    /// </summary>
    private static IEnumerable<ArticleReadResult> Guarded(Func<IEnumerable<ArticleReadResult>> parse, string origin)
    {
        IEnumerator<ArticleReadResult>? results = null;
        try
        {
            while (true)
            {
                ArticleReadResult? next = null;
                ArticleError? failure = null;
                try
                {
                    results ??= parse().GetEnumerator();
                    if (results.MoveNext())
                    {
                        next = results.Current;
                    }
                }
                catch (ArticleRefusedException e)
                {
                    failure = new ArticleError(origin, e.Message);
                }
                catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException or InsufficientExecutionStackException))
                {
                    failure = new ArticleError(origin, $"could not be read: {e.Message}");
                }
                if (failure is not null)
                {
                    yield return ArticleReadResult.Refused(failure.Origin, failure.Reason);
                    yield break;
                }
                if (next is not { } result)
                {
                    yield break;
                }
                yield return result;
            }
        }
        finally
        {
            results?.Dispose();
        }
    }

    private static string? UnsupportedType(string path)
    {
        var extension = Path.GetExtension(path);
        if (SupportedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        var expected = string.Join(", ", SupportedExtensions);
        return extension.Length == 0
            ? $"file has no extension to tell its type (expected {expected})"
            : $"unsupported file type '{extension}' (expected {expected})";
    }

    private static bool IsDocumentation(string name) =>
        DocumentationPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The state of one <see cref="Expand"/> call.</summary>
    private sealed class Expansion
    {
        public List<ArticleInputFile> Files { get; } = [];
        public List<ArticleError> Errors { get; } = [];
        public List<string> Skipped { get; } = [];

        // The same file named twice (or reached through two folders) is read once.
        private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);

        // Resolved folder paths, so a symbolic link back up the tree cannot recurse forever.
        private readonly HashSet<string> _seenFolders = new(StringComparer.Ordinal);

        public void AddFile(string path)
        {
            if (UnsupportedType(path) is { } unsupported)
            {
                Errors.Add(new ArticleError(path, unsupported));
                return;
            }
            if (!_seenFiles.Add(Path.GetFullPath(path)))
            {
                return;
            }
            try
            {
                Files.Add(new ArticleInputFile(path, new FileInfo(path).Length));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Errors.Add(new ArticleError(path, $"cannot read file: {e.Message}"));
            }
        }

        public void AddFolder(string path)
        {
            var resolved = Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            if (!_seenFolders.Add(resolved))
            {
                return;
            }
            List<string> entries;
            try
            {
                entries = [.. Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Errors.Add(new ArticleError(path, $"cannot read folder: {e.Message}"));
                return;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                var isFolder = Directory.Exists(entry);
                if (name.StartsWith('.') || (!isFolder && IsDocumentation(name)))
                {
                    Skipped.Add(entry);
                }
                else if (isFolder)
                {
                    AddFolder(entry);
                }
                else
                {
                    AddFile(entry);
                }
            }
        }
    }
}
