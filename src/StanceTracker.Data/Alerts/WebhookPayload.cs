using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Alerts;

/// <summary>
/// The JSON a webhook receives (camelCase, ISO dates, as the API writes): which follow, the link to the dashboard, and
/// the new shifts oldest first. The shape is documented in docs/alerts.md; fields are only ever added.
/// </summary>
public sealed record WebhookPayload(string Event, WebhookFollow Follow, string Dashboard, IReadOnlyList<WebhookShift> Shifts)
{
    public const string ShiftsEvent = "stancetracker.shifts";

    public static WebhookPayload From(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var follow = message.Follow;
        return new WebhookPayload(
            ShiftsEvent,
            new WebhookFollow(follow.Id, follow.Kind.ToId(), follow.Target, message.TargetName),
            message.ChangesPage.AbsoluteUri,
            message.Items.Select(i => new WebhookShift(
                i.Key, i.Shift.Subject, i.SubjectName, i.IsCountry, i.Shift.TopicId, i.TopicLabel, i.Shift.Kind.ToString().ToLowerInvariant(),
                i.Shift.From.ToId(), i.Shift.To.ToId(), i.Shift.Date, i.Summary,
                Statement(i.Shift.Before, i.BeforeSource), Statement(i.Shift.After, i.AfterSource))).ToList());
    }

    private static WebhookStatement Statement(PositionEvidence e, Queries.StatementSource? source) =>
        new(e.StatementId, e.Date, e.SpeakerName, e.Country, e.Stance.ToId(), e.Text, source?.ArticleTitle, source?.Source, source?.Url);
}

public sealed record WebhookFollow(long Id, string Kind, string Target, string TargetName);

public sealed record WebhookShift(
    string Id, string Subject, string SubjectName, bool IsCountry, string Topic, string TopicLabel, string Kind, string From, string To,
    DateOnly Date, string Summary, WebhookStatement Before, WebhookStatement After);

public sealed record WebhookStatement(
    long StatementId, DateOnly Date, string Speaker, string? Country, string Stance, string Text, string? ArticleTitle, string? Source, string? Url);
