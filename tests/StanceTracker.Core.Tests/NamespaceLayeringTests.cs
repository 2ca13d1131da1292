using System.Text.RegularExpressions;

namespace StanceTracker.Core.Tests;

/// <summary>
/// Core's folders form layers (Text and Articles at the bottom, Analysis on top): a folder may use the ones below it and
/// never, through any chain, itself. A cycle (Extraction using Attribution using Extraction) makes every change in one
/// a change in the other.
/// </summary>
public sealed partial class NamespaceLayeringTests
{
    [Fact]
    public void Core_folders_use_each_other_without_cycles()
    {
        var core = Path.Combine(TestRepository.Root(), "src", "StanceTracker.Core");
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } own)
            {
                continue;
            }
            var folder = own.Groups["folder"].Value;
            var used = uses.TryGetValue(folder, out var set) ? set : uses[folder] = [];
            foreach (Match reference in Reference().Matches(text))
            {
                if (reference.Groups["folder"].Value is var other && other != folder)
                {
                    used.Add(other);
                }
            }
        }

        var cycles = uses.Keys.Where(folder => Reaches(uses, folder, folder, [])).Order(StringComparer.Ordinal).ToList();
        Assert.True(cycles.Count == 0,
            $"folders in a cycle: {string.Join(", ", cycles)}; uses: {string.Join("; ", uses.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} -> {string.Join(" ", u.Value.Order(StringComparer.Ordinal))}"))}");
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> uses, string from, string target, HashSet<string> seen)
    {
        foreach (var next in uses.GetValueOrDefault(from) ?? [])
        {
            if (next == target || (seen.Add(next) && Reaches(uses, next, target, seen)))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^namespace StanceTracker\.Core\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    // using directives and qualified names both count.
    [GeneratedRegex(@"\b(?:StanceTracker\.)?Core\.(?<folder>Articles|Text|Extraction|Attribution|Classification|Analysis|Positions|Reviews)\b")]
    private static partial Regex Reference();
}
