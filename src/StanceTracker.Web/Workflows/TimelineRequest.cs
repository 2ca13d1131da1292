using Microsoft.AspNetCore.Mvc;

namespace StanceTracker.Web.Workflows;

/// <summary>A timeline as the API is asked for it: a topic and either one actor or one country.</summary>
public sealed record TimelineRequest
{
    [FromQuery(Name = QueryNames.Topic)] public string? Topic { get; init; }

    /// <summary>An actor key as stored (catalogue id or name key), or a name to look up.</summary>
    [FromQuery(Name = QueryNames.Actor)] public string? Actor { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    [FromQuery(Name = QueryNames.Country)] public string? Country { get; init; }
}
