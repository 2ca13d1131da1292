using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Contracts;
using StanceTracker.Data.Export;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// Read-only data API behind the export buttons: the same query classes as the pages, JSON by default and CSV with
/// <c>format=csv</c>. GET only, so there is nothing for antiforgery to guard; bad input is a 400 saying what is wrong.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxJsonPageSize = 500;

    /// <summary>More subjects than a chart can show in lanes are not a comparison any more.</summary>
    public const int MaxTimelineSubjects = 50;

    public static IEndpointRouteBuilder MapStanceApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api");
        api.MapGet("/statements", Statements);
        api.MapGet("/matrix", Matrix);
        api.MapGet("/timeline", Timeline);
        api.MapGet("/timelines", Timelines);
        api.MapGet("/reviews/training.tsv", TrainingTsvFile);
        return endpoints;
    }

    private static IResult Statements(
        [AsParameters] StatementRequest request, [FromQuery(Name = QueryNames.Format)] string? format, IStatementListQuery query)
    {
        var csv = IsCsv(format, out var formatError);
        if (formatError is not null)
        {
            return BadRequest(formatError);
        }
        // A CSV download is the whole filtered table up to the cap; JSON pages like the screen.
        var (filter, error) = request.ToFilter(
            csv ? StatementFilter.MaxPageSize : DefaultPageSize,
            csv ? StatementFilter.MaxPageSize : MaxJsonPageSize);
        if (filter is null)
        {
            return BadRequest(error!);
        }
        var page = query.Get(filter);
        if (csv)
        {
            return CsvFile("statements.csv", StatementRow.Columns, page.Rows.Select(r => r.Cells()));
        }
        return Results.Json(StatementPageResponse.Of(page), ContractJson.Compact);
    }

    private static IResult Matrix(
        [AsParameters] MatrixRequest request, [FromQuery(Name = QueryNames.Format)] string? format, IMatrixQuery query, CountryDirectory countries,
        IStatementSourceQuery sources)
    {
        var csv = IsCsv(format, out var formatError);
        var errors = new List<string>();
        if (formatError is not null)
        {
            errors.Add(formatError);
        }
        var (asOf, window) = request.ReadDateAndWindow(DateOnly.FromDateTime(DateTime.UtcNow), errors);
        var region = request.ReadRegion(countries, errors);
        if (errors.Count > 0)
        {
            return BadRequest(string.Join("; ", errors) + ".");
        }

        var view = query.Get(asOf, window);
        var cells = region is null ? view.Cells : view.Cells.Where(c => countries.InRegion(c.Country, region)).ToList();
        if (csv)
        {
            // The deciding quote and its source travel with each cell, so a spreadsheet reader can check the stance.
            string[] columns = ["country", "country_name", "topic", "stance", "confidence", "date", "speaker", "actor_id", "statement_id", "speaker_count", "rule", "disagreement", "reviewed", "quote", "article_title", "source", "url"];
            var quoted = sources.ForStatements(cells.Select(c => c.StatementId).ToList());
            return CsvFile($"matrix-{IsoDate.Format(asOf)}.csv", columns, cells.Select(c =>
            {
                var quote = quoted.GetValueOrDefault(c.StatementId);
                return new object?[]
                {
                    c.Country, countries.Name(c.Country), c.TopicId, c.Stance.ToId(), c.Confidence, c.Date, c.SpeakerName, c.ActorId,
                    c.StatementId, c.SpeakerCount, RuleName(c.Rule), c.Disagreement, c.Reviewed, quote?.Text, quote?.ArticleTitle, quote?.Source, quote?.Url,
                };
            }));
        }
        return Results.Json(MatrixResponse.Of(view, cells, region, countries.Name), ContractJson.Compact);
    }

    private static IResult Timeline(
        [AsParameters] TimelineRequest request, [FromQuery(Name = QueryNames.Format)] string? format, ITimelineQuery query, IStatementSourceQuery sources)
    {
        var csv = IsCsv(format, out var formatError);
        if (formatError is not null)
        {
            return BadRequest(formatError);
        }
        var topic = request.Topic?.Trim();
        var actor = request.Actor?.Trim();
        var country = request.Country?.Trim();
        if (string.IsNullOrEmpty(topic))
        {
            return BadRequest($"{QueryNames.Topic} is required, e.g. {QueryNames.Topic}=troops-in-ukraine.");
        }
        if (string.IsNullOrEmpty(actor) == string.IsNullOrEmpty(country))
        {
            return BadRequest($"give either {QueryNames.Actor} (an actor id or name) or {QueryNames.Country} (ISO 3166-1 alpha-3), not both.");
        }

        Timeline timeline;
        if (!string.IsNullOrEmpty(actor))
        {
            // An actor key as stored (catalogue id or name key) answers from the index at once; a typed name is looked up.
            var direct = query.ForActor(actor, topic);
            if (direct.Steps.Count > 0 || actor.StartsWith("name:", StringComparison.Ordinal))
            {
                return TimelineResult(direct, csv, sources);
            }
            var keys = query.FindActorKeys(actor);
            if (keys.Count == 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"no actor or speaker named '{actor}'.");
            }
            if (keys.Count > 1)
            {
                return BadRequest($"'{actor}' names several actors: {string.Join(", ", keys)}; give one of these ids.");
            }
            timeline = query.ForActor(keys[0], topic);
        }
        else
        {
            timeline = query.ForCountry(country!.ToUpperInvariant(), topic);
        }
        return TimelineResult(timeline, csv, sources);
    }

    /// <summary>
    /// The timeline page's comparison as one download: every named actor key and country on one topic. Keys are taken
    /// as stored (the page resolves typed names before it links here); a subject without positions is left out.
    /// </summary>
    private static IResult Timelines(
        [FromQuery(Name = QueryNames.Topic)] string? topic, [FromQuery(Name = QueryNames.Actors)] string? actors,
        [FromQuery(Name = QueryNames.Countries)] string? countries, [FromQuery(Name = QueryNames.Format)] string? format,
        ITimelineQuery query, IStatementSourceQuery sources, CountryDirectory directory)
    {
        var csv = IsCsv(format, out var formatError);
        if (formatError is not null)
        {
            return BadRequest(formatError);
        }
        topic = topic?.Trim();
        if (string.IsNullOrEmpty(topic))
        {
            return BadRequest($"{QueryNames.Topic} is required, e.g. {QueryNames.Topic}=troops-in-ukraine.");
        }
        var actorKeys = SplitList(actors);
        var countryCodes = SplitList(countries).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (actorKeys.Count + countryCodes.Count == 0)
        {
            return BadRequest($"give {QueryNames.Actors} (actor keys) or {QueryNames.Countries} (ISO 3166-1 alpha-3 codes), comma-separated.");
        }
        if (actorKeys.Count + countryCodes.Count > MaxTimelineSubjects)
        {
            return BadRequest($"at most {MaxTimelineSubjects} subjects at once.");
        }
        var timelines = actorKeys.Select(key => query.ForActor(key, topic))
            .Concat(countryCodes.Select(code => query.ForCountry(code, topic) with { SubjectName = directory.Name(code) }))
            .Where(t => t.Steps.Count > 0)
            .ToList();
        if (csv)
        {
            return TimelineCsv($"timelines-{topic}.csv", timelines, sources);
        }
        return Results.Json(timelines.Select(TimelineResponse.Of).ToList(), ContractJson.Compact);
    }

    private static IResult TimelineResult(Timeline timeline, bool csv, IStatementSourceQuery sources) =>
        csv
            ? TimelineCsv($"timeline-{timeline.Subject}-{timeline.TopicId}.csv", [timeline], sources)
            : Results.Json(TimelineResponse.Of(timeline), ContractJson.Compact);

    private static IResult TimelineCsv(string fileName, IReadOnlyList<Timeline> timelines, IStatementSourceQuery sources)
    {
        // New columns go at the end: readers of the older file find theirs where they were.
        string[] columns = ["date", "subject", "topic", "stance", "model_stance", "confidence", "reviewed", "speaker", "actor_id", "country", "statement_id", "rule", "disagreement", "text", "article_title", "url", "source", "subject_name"];
        var quoted = sources.ForStatements(timelines.SelectMany(t => t.Steps).Select(s => s.Evidence.StatementId).ToList());
        return CsvFile(fileName, columns, timelines.SelectMany(timeline => timeline.Steps.Select(s => new object?[]
        {
            s.Date, timeline.Subject, timeline.TopicId, s.Evidence.Stance.ToId(), s.Evidence.ModelStance.ToId(), s.Evidence.Confidence,
            s.Evidence.Reviewed, s.Evidence.SpeakerName, s.Evidence.ActorId, s.Evidence.Country, s.Evidence.StatementId,
            s.Rule is { } rule ? RuleName(rule) : null, s.Disagreement, s.Evidence.Text, s.Evidence.ArticleTitle, s.Evidence.Url,
            quoted.GetValueOrDefault(s.Evidence.StatementId)?.Source, timeline.SubjectName,
        })));
    }

    private static List<string> SplitList(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private static IResult TrainingTsvFile(ITrainingExportQuery query)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TrainingTsv.Write(query.Lines(), writer);
        return Results.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/tab-separated-values; charset=utf-8", "reviews-training.tsv");
    }

    private static bool IsCsv(string? requested, out string? error)
    {
        var format = requested?.Trim();
        error = null;
        if (string.IsNullOrEmpty(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        error = $"{QueryNames.Format} '{format}' must be json or csv";
        return false;
    }

    private static IResult CsvFile(string fileName, IEnumerable<string> columns, IEnumerable<IEnumerable<object?>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Csv.WriteRow(writer, columns);
        foreach (var row in rows)
        {
            Csv.WriteRow(writer, row);
        }
        return Results.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", fileName);
    }

    private static IResult BadRequest(string message) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: message);

    private static string RuleName(CountryRule rule) => rule.ToString();
}
