using StanceTracker.Core;
using StanceTracker.Core.Attribution;

namespace StanceTracker.Data.Storage;

/// <summary>How every store writes and reads the actor catalogue's rows: the kind's stored name, and the row shapes Dapper fills.</summary>
internal static class ActorRows
{
    public static string KindId(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Institution => "institution",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ActorKind ParseKind(string kind) => kind switch
    {
        "person" => ActorKind.Person,
        "institution" => ActorKind.Institution,
        _ => throw new InvalidOperationException($"Unknown actor kind '{kind}' in the database."),
    };

    public sealed class Actor
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Country { get; init; } = "";
        public string? Gender { get; init; }
        public string? WikidataId { get; init; }
    }

    public sealed class Term
    {
        public string ActorId { get; init; } = "";
        public string Office { get; init; } = "";
        public string Title { get; init; } = "";
        public string Country { get; init; } = "";
        public DateOnly? Start { get; init; }
        public DateOnly? End { get; init; }

        public OfficeTerm ToTerm() => new(Office, Title, Country, Start, End);
    }

    /// <summary>The columns of <c>actor_terms t</c> as <see cref="TermText"/> reads them.</summary>
    public const string TermTextColumns = """
        t.actor_id AS ActorId, t.office AS Office, t.title AS Title, t.country AS Country, t.start_date AS Start, t.end_date AS "End"
        """;

    /// <summary>A term read with its dates as the ISO text both engines store them as, for SQL shared by the engines.</summary>
    public sealed class TermText
    {
        public string ActorId { get; init; } = "";
        public string Office { get; init; } = "";
        public string Title { get; init; } = "";
        public string Country { get; init; } = "";
        public string? Start { get; init; }
        public string? End { get; init; }

        public OfficeTerm ToTerm() => new(Office, Title, Country, IsoDate.ParseOrNull(Start), IsoDate.ParseOrNull(End));
    }
}
