namespace StanceTracker.Core.Attribution;

/// <summary>What attribution knows of an article beyond its body.</summary>
/// <param name="Date">The publication date: who held which office.</param>
/// <param name="Title">The headline, which names who met in a readout ("PM call with President Macron").</param>
/// <param name="Office">The office the article is a publication of, if any (<see cref="PublishingOffice.Of"/>).</param>
/// <param name="OwnWords">The text is the office holder's own words (a speech, remarks, an address): its "I" and "we" are the holder.</param>
public sealed record ArticleReading(DateOnly Date, string Title = "", PublishingOffice? Office = null, bool OwnWords = false);
