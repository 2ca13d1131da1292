using System.Text.RegularExpressions;

namespace StanceTracker.Web.Hosting;

/// <summary>One row of the README's "Figures" table: what was measured, how, and the figure, as plain text.</summary>
public sealed record MeasuredFigure(string What, string Command, string Figure);

/// <summary>The README's "Figures" section: when and how the figures were measured, and the rows of its table.</summary>
public sealed record FigureSection(string Measured, IReadOnlyList<MeasuredFigure> Rows, string Origin);

/// <summary>
/// The measured figures as the README states them. The README is their one home (it is where they are measured into),
/// so the methodology page reads them from it rather than keeping a copy that would fall behind.
/// </summary>
public sealed partial class MeasuredFigures
{
    private const string Heading = "## Figures";

    private readonly Lazy<FigureSection?> _section;

    public MeasuredFigures() : this(FindReadme())
    {
    }

    public MeasuredFigures(string? readmePath) =>
        _section = new Lazy<FigureSection?>(() => readmePath is not null && File.Exists(readmePath) ? Parse(File.ReadAllText(readmePath), readmePath) : null);

    /// <summary>Null when no README is found (a published build copies it beside the binaries).</summary>
    public FigureSection? Section => _section.Value;

    public static FigureSection? Parse(string markdown, string origin)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == Heading);
        if (start < 0)
        {
            return null;
        }
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var measured = string.Join(" ", section.TakeWhile(l => !l.StartsWith('|')).Where(l => l.Trim().Length > 0).Select(Plain));
        var rows = section
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Skip(2) // the header and its separator
            .Select(Cells)
            .Where(c => c.Count >= 3)
            .Select(c => new MeasuredFigure(c[0], c[1], c[2]))
            .ToList();
        return new FigureSection(measured, rows, origin);
    }

    private static string? FindReadme() =>
        new[] { Data.ProjectPaths.RepositoryRoot, AppContext.BaseDirectory }
            .OfType<string>()
            .Select(folder => Path.Combine(folder, "README.md"))
            .FirstOrDefault(File.Exists);

    // A cell may hold an escaped pipe (`fast\|transformer`): only bare pipes divide cells.
    private static List<string> Cells(string row) =>
        UnescapedPipe().Split(row.Trim().Trim('|')).Select(c => Plain(c.Replace("\\|", "|", StringComparison.Ordinal))).ToList();

    /// <summary>Markdown emphasis, code marks and links reduced to their text: the page shows the figures as text, never as markup.</summary>
    private static string Plain(string markdown) =>
        MarkdownLink().Replace(markdown, "$1").Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex MarkdownLink();
}
