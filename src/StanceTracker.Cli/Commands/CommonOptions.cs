using System.CommandLine;
using System.Globalization;
using StanceTracker.Core;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date for files that carry none (ISO 8601: 2025-02-19 or 2025-02-19T14:30:00Z)",
        HelpName = "DATE",
    };

    public static Option<string> Model(StanceModelRegistry models)
    {
        var preferred = models.Kinds.Where(k => k.PreferredWhenCurrent).Select(k => k.Id).ToList();
        var auto = preferred.Count == 0 ? models.Default.Id : $"the {string.Join(" or ", preferred)} when data/models holds a current one, else {models.Default.Id}";
        var model = new Option<string>("--model")
        {
            Description = $"Stance model (trained first when missing): {StanceModelRegistry.AutoId} ({auto}), "
                + string.Join(", ", models.Kinds.Select(k => $"{k.Id} ({k.Description})")),
            DefaultValueFactory = _ => StanceModelRegistry.AutoId,
            HelpName = string.Join('|', [StanceModelRegistry.AutoId, .. models.Ids]),
        };
        model.AcceptOnlyFromAmong([StanceModelRegistry.AutoId, .. models.Ids]);
        return model;
    }

    /// <summary>The kind named, or null for <c>auto</c> (resolved when the classifier is loaded).</summary>
    public static IStanceModelKind? ParseModel(StanceModelRegistry models, string? text) =>
        models.TryParse(text, out var kind) ? kind
            : throw new UsageException($"--model '{text}': expected {string.Join(", ", [StanceModelRegistry.AutoId, .. models.Ids])}");

    /// <summary>A saved model's folder, of any registered kind: <c>evaluate</c> and <c>bench classify</c> measure it.</summary>
    public static Option<string> ModelFolder() => new("--model")
    {
        Description = "A model folder written by 'train': data/models (fast or svm) or data/models/transformer",
        Required = true,
        HelpName = "DIR",
    };

    /// <summary>The kind of model saved in <paramref name="directory"/>; a folder without one is a usage error.</summary>
    public static IStanceModelKind SavedModel(StanceModelRegistry models, string directory, string hint = "") =>
        models.FindSaved(directory) ?? throw new UsageException($"--model '{directory}': no trained model there{hint}");

    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files or folders (searched recursively)",
            Arity = ArgumentArity.OneOrMore,
        };
        // A list argument swallows unknown options as paths; a dash-word that is no file is a mistyped option.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                if (token.StartsWith('-') && token.Length > 1 && !File.Exists(token) && !Directory.Exists(token))
                {
                    result.AddError($"unknown option '{token}'");
                }
            }
        });
        return paths;
    }

    /// <summary>Parses --published; a value that is not a real date is a usage error, not a silently ignored option.</summary>
    public static DateTimeOffset? ParsePublished(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        DateTimeOffset value;
        if (IsoDate.TryParse(text, out var date))
        {
            value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            && text.Length >= 10 && text[4] == '-')
        {
            value = moment;
        }
        else
        {
            throw new UsageException($"--published '{text}' is not a valid date (expected ISO 8601, e.g. 2025-02-19)");
        }
        // The same rule as a date inside a file: no article is from the future or before 1900.
        if (ArticleDates.CheckPlausible(value, text) is { } implausible)
        {
            throw new UsageException($"--published: {implausible}");
        }
        return value;
    }
}
