using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Workflows;

/// <summary>One shift as the "what changed" list and its feed show it, with where its before and after statements were published.</summary>
public sealed record ChangeItem(Shift Shift, bool IsCountry, string SubjectName, string TopicLabel, StatementSource? BeforeSource, StatementSource? AfterSource)
{
    public string? Country => Shift.After.Country;
}

/// <summary>
/// The shifts a filter finds, newest first: page <see cref="Page"/> (from 0) of <see cref="PageSize"/> items out of
/// <see cref="Total"/>.
/// </summary>
public sealed record ChangeList(ChangeFilter Filter, IReadOnlyList<ChangeItem> Items, int Total, int Page = 0, int PageSize = ChangeFeed.PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasOlder => Page + 1 < Pages;
}

/// <summary>
/// The "what changed" list behind the page and the Atom feed: shifts as <see cref="IShiftQuery"/> finds them (graded
/// by <see cref="ShiftDetector"/>), filtered, named and sourced once for both.
/// </summary>
public sealed class ChangeFeed(
    IShiftQuery shifts, IStatementSourceQuery sources, ITopicStore topics, CountryDirectory countries, IPositionDatesQuery dates, TimeProvider time)
{
    /// <summary>Without a date the list starts this many days before the latest statement: the last month of news.</summary>
    public const int DefaultDays = 30;

    /// <summary>A page shows this many shifts, each with two quotes: a morning's read, and a page that renders quickly.</summary>
    public const int PageSize = 50;

    /// <summary>The Atom feed carries the newest this many: what a feed reader shows, not the archive.</summary>
    public const int FeedSize = 100;

    public IReadOnlyList<Topic> Topics() => topics.All();

    public IReadOnlyList<Country> Countries => countries.All;

    /// <summary>
    /// A month before the latest stored position (or today, if that is earlier): a database whose news ended a while
    /// ago still opens on its last changes rather than on an empty month.
    /// </summary>
    public DateOnly DefaultSince()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var end = dates.Get().Latest is { } latest && latest < today ? latest : today;
        return end.AddDays(-DefaultDays);
    }

    public ChangeFilter Read(ChangesRequest request, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ToFilter(DefaultSince(), Topics().Select(t => t.Id).ToHashSet(StringComparer.Ordinal), countries, errors);
    }

    /// <param name="page">From 0; a page past the end shows the last one.</param>
    public ChangeList Find(ChangeFilter filter, int page = 0, int pageSize = PageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentNullException.ThrowIfNull(filter);
        var labels = Topics().ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        var found = shifts.Find(filter.Since, filter.Topic, countries: filter.Who != ChangeSubjects.Leaders)
            .Select(s => (Shift: s, IsCountry: IsCountryShift(s)))
            .Where(s => filter.Who switch
            {
                ChangeSubjects.Countries => s.IsCountry,
                ChangeSubjects.Leaders => !s.IsCountry,
                _ => true,
            })
            .Where(s => filter.Kind is null || s.Shift.Kind == filter.Kind)
            .Where(s => filter.Country is null || string.Equals(s.Shift.After.Country, filter.Country, StringComparison.Ordinal))
            .ToList();
        page = Math.Clamp(page, 0, Math.Max(0, (found.Count - 1) / pageSize));
        var shown = found.Skip(page * pageSize).Take(pageSize).ToList();
        var published = sources.ForStatements([.. shown.SelectMany(s => new[] { s.Shift.Before.StatementId, s.Shift.After.StatementId })]);
        var items = shown.Select(s => new ChangeItem(
                s.Shift,
                s.IsCountry,
                s.IsCountry ? countries.Name(s.Shift.Subject) : s.Shift.After.SpeakerName,
                labels.GetValueOrDefault(s.Shift.TopicId, s.Shift.TopicId),
                published.GetValueOrDefault(s.Shift.Before.StatementId),
                published.GetValueOrDefault(s.Shift.After.StatementId)))
            .ToList();
        return new ChangeList(filter, items, found.Count, page, pageSize);
    }

    // A country's shift has the country code as its subject; a leader's has their actor key (a catalogue id or
    // "name:…|country"), which is never a bare code.
    private static bool IsCountryShift(Shift shift) => string.Equals(shift.Subject, shift.After.Country, StringComparison.Ordinal);
}
