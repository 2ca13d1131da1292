using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Ingestion;

/// <summary>How far an ingest run has got; reported after every article.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int ArticlesRead, string? CurrentFile);

/// <summary>What an ingest run did. Every refused input is listed with its reason.</summary>
public sealed class IngestSummary
{
    private readonly List<ArticleError> _refused = [];
    private readonly List<string> _skipped = [];

    public int Files { get; internal set; }

    /// <summary>Articles read successfully (stored or duplicate).</summary>
    public int Read { get; internal set; }

    public int Stored { get; internal set; }

    public int Duplicates { get; internal set; }

    public int Statements { get; internal set; }

    public int Positions { get; internal set; }

    /// <summary>Statements recognised as wire copies of stored ones: stored once, with each further article as a source.</summary>
    public int WireCopies { get; internal set; }

    /// <summary>Stored articles whose every statement was such a copy: further sources of a story already stored.</summary>
    public int WireCopyArticles { get; internal set; }

    public long Bytes { get; internal set; }

    public TimeSpan Elapsed { get; internal set; }

    public IReadOnlyList<ArticleError> Refused => _refused;

    /// <summary>Documentation and hidden files passed over inside folders.</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    public bool Cancelled { get; internal set; }

    /// <summary>
    /// Set when the database could not be written for want of space: the run stopped at that article, whose
    /// transaction rolled back, so what is stored is whole. Names the database and the error.
    /// </summary>
    public string? DiskFull { get; internal set; }

    /// <summary>Stored articles worth a word, such as one in another language that yielded no statements.</summary>
    public IReadOnlyList<ArticleError> Notes => _notes;

    private readonly List<ArticleError> _notes = [];

    /// <summary>A run over <paramref name="inputs"/> before any article: the paths refused and the files passed over.</summary>
    internal static IngestSummary Of(ArticleInputs inputs)
    {
        var summary = new IngestSummary { Files = inputs.Files.Count };
        foreach (var error in inputs.Errors)
        {
            summary.Refuse(error);
        }
        summary.Skip(inputs.Skipped);
        return summary;
    }

    internal void Note(ArticleError note) => _notes.Add(note);

    internal void Refuse(ArticleError error) => _refused.Add(error);

    internal void Skip(IEnumerable<string> files) => _skipped.AddRange(files);
}
