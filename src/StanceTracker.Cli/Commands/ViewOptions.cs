using System.CommandLine;
using StanceTracker.Core;

namespace StanceTracker.Cli.Commands;

/// <summary>Options shared by the commands that read positions back out of the database.</summary>
internal static class ViewOptions
{
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => formats[0], HelpName = string.Join('|', formats) };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Date(string name, string description) => new(name) { Description = description + $" ({IsoDate.Pattern})", HelpName = "DATE" };

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return IsoDate.TryParse(text, out var date)
            ? date
            : throw new UsageException($"{option} '{text}' is not a valid date (expected {IsoDate.Pattern})");
    }
}
