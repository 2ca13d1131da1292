using System.Globalization;
using System.Text;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Alerts;

/// <summary>One shift in a message, named and sourced as the "what changed" page and its feed show it.</summary>
public sealed record AlertItem(Shift Shift, string Key, bool IsCountry, string SubjectName, string TopicLabel, StatementSource? BeforeSource, StatementSource? AfterSource)
{
    /// <summary>The headline of a shift, in the words of the Atom feed's entry titles.</summary>
    public string Summary => $"{SubjectName} on {TopicLabel}: {Shift.Kind.ToString().ToLowerInvariant()}, {Shift.From.ToId()} → {Shift.To.ToId()}";
}

/// <summary>What one follow is sent in one run: its new shifts, oldest first, and where the dashboard shows them.</summary>
public sealed record AlertMessage(Follow Follow, string TargetName, IReadOnlyList<AlertItem> Items, Uri ChangesPage)
{
    /// <summary>
    /// The subject line names the first shift's actor, topic and move; a batch says how many more it carries. Subject
    /// lines are one line: article text never brings a line break into the header.
    /// </summary>
    public string Subject => OneLine(Items.Count == 1
        ? $"StanceTracker: {Items[0].Summary}"
        : $"StanceTracker: {Items[0].Summary} (and {Items.Count - 1} more shift{(Items.Count == 2 ? "" : "s")})");

    /// <summary>The plain-text body: each shift in words, the quotes before and after with their sources, and the link.</summary>
    public string Body()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{Items.Count} new shift{(Items.Count == 1 ? "" : "s")} for your follow of {TargetName} ({Follow.Kind.ToId()}):")
            .AppendLine();
        var number = 0;
        foreach (var item in Items)
        {
            number++;
            text.AppendLine(CultureInfo.InvariantCulture, $"{number}. {item.Summary}, {IsoDate.Format(item.Shift.Date)}.")
                .AppendLine(CultureInfo.InvariantCulture, $"   {Quote("Before", item.Shift.Before, item.BeforeSource)}")
                .AppendLine(CultureInfo.InvariantCulture, $"   {Quote("After", item.Shift.After, item.AfterSource)}")
                .AppendLine();
        }
        return text
            .AppendLine(CultureInfo.InvariantCulture, $"What changed, on the dashboard: {ChangesPage.AbsoluteUri}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture,
                $"You get this because follow #{Follow.Id} ({Follow.Owner}) was made on {IsoDate.FormatUtc(Follow.CreatedAt)[..10]}. "
                + $"Stop it on the dashboard's /alerts page or with 'stancetracker alerts unfollow {Follow.Id}'.")
            .ToString();
    }

    /// <summary>One quote with its date, speaker, stance and source, as the Atom feed writes it.</summary>
    public static string Quote(string label, PositionEvidence evidence, StatementSource? source)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var where = source is null
            ? ""
            : $" ({source.ArticleTitle}{(source.Source is { } s ? ", " + s : "")}{(source.Url is { } url ? ", " + url : "")})";
        return OneLine($"{label}, {IsoDate.Format(evidence.Date)}, {evidence.SpeakerName} ({evidence.Stance.ToId()}): “{evidence.Text}”{where}");
    }

    // Article text is untrusted: line breaks and control characters would forge lines of the message (or headers).
    private static string OneLine(string text) =>
        new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
