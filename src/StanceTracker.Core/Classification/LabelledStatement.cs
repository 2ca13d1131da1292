namespace StanceTracker.Core.Classification;

/// <summary>One line of the training/evaluation TSV: a statement, a topic id (or <c>none</c>) and the stance on it.</summary>
public sealed record LabelledStatement(string Topic, Stance Stance, string Text)
{
    /// <summary>The topic id that means "no tracked topic".</summary>
    public const string NoTopic = "none";

    public bool HasTopic => !string.Equals(Topic, NoTopic, StringComparison.Ordinal);
}

/// <summary>Reads labelled statements: tab-separated, header <c>topic&lt;TAB&gt;stance&lt;TAB&gt;text</c>, UTF-8, one statement a line.</summary>
public static class TrainingData
{
    /// <summary>Loads a TSV file, or every <c>*.tsv</c> directly in a folder (sorted by name; sub-folders such as heldout/ are not read).</summary>
    public static IReadOnlyList<LabelledStatement> Load(string fileOrDirectory)
    {
        if (Directory.Exists(fileOrDirectory))
        {
            var files = Directory.GetFiles(fileOrDirectory, "*.tsv", SearchOption.TopDirectoryOnly)
                .OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new InvalidDataException($"{fileOrDirectory}: no .tsv files");
            }
            return files.SelectMany(LoadFile).ToList();
        }
        if (!File.Exists(fileOrDirectory))
        {
            throw new FileNotFoundException($"{fileOrDirectory}: no such file or folder", fileOrDirectory);
        }
        return LoadFile(fileOrDirectory);
    }

    public static IReadOnlyList<LabelledStatement> LoadFile(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Parses lines; a malformed line is an <see cref="InvalidDataException"/> naming file and line.</summary>
    public static IReadOnlyList<LabelledStatement> Parse(IEnumerable<string> lines, string origin)
    {
        var result = new List<LabelledStatement>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (number == 1)
            {
                var header = line.TrimStart('\uFEFF').Split('\t');
                if (header.Length < 3 || !header[0].Trim().Equals("topic", StringComparison.OrdinalIgnoreCase)
                    || !header[1].Trim().Equals("stance", StringComparison.OrdinalIgnoreCase)
                    || !header[2].Trim().Equals("text", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"{origin}:1: expected the header 'topic<TAB>stance<TAB>text'");
                }
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var parts = line.Split('\t', 3);
            if (parts.Length < 3)
            {
                throw new InvalidDataException($"{origin}:{number}: expected 3 tab-separated fields, found {parts.Length}");
            }
            var topic = parts[0].Trim();
            if (topic.Length == 0)
            {
                throw new InvalidDataException($"{origin}:{number}: empty topic");
            }
            if (!StanceNames.TryParse(parts[1], out var stance))
            {
                throw new InvalidDataException($"{origin}:{number}: stance '{parts[1]}' is not one of support, open, neutral, oppose");
            }
            var text = parts[2].Trim();
            if (text.Length == 0)
            {
                throw new InvalidDataException($"{origin}:{number}: empty text");
            }
            result.Add(new LabelledStatement(topic, stance, text));
        }
        if (number == 0)
        {
            throw new InvalidDataException($"{origin}: empty file");
        }
        return result;
    }
}
