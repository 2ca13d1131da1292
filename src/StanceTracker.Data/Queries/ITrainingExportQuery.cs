using System.Text;

namespace StanceTracker.Data.Queries;

/// <summary>A statement a human labelled: one line of the training TSV.</summary>
public sealed record TrainingLine(string TopicId, string Stance, string Text);

/// <summary>Human-reviewed positions as labelled training data.</summary>
public interface ITrainingExportQuery
{
    IReadOnlyList<TrainingLine> Lines();
}

/// <summary>
/// Labelled lines in the format of <c>data/training/*.tsv</c>: <c>topic&lt;TAB&gt;stance&lt;TAB&gt;text</c> under a header line.
/// </summary>
public static class TrainingTsv
{
    public const string Header = "topic\tstance\ttext";

    /// <summary>The TSV, one labelled statement a line; tabs and line breaks in the text become spaces.</summary>
    public static void Write(IEnumerable<TrainingLine> lines, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var line in lines)
        {
            writer.Write(OneLine(line.TopicId));
            writer.Write('\t');
            writer.Write(OneLine(line.Stance));
            writer.Write('\t');
            writer.Write(OneLine(line.Text));
            writer.Write('\n');
        }
    }

    internal static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
