namespace StanceTracker.Core.Extraction;

public enum MentionKind
{
    /// <summary>A name, title or description as written: "Polish Prime Minister Donald Tusk", "the Kremlin", "a teacher".</summary>
    Name,

    /// <summary>"he", "she", "they", "it": resolved to an earlier mention.</summary>
    Pronoun,

    /// <summary>A quote paragraph with no frame right after a statement: the previous statement's speaker.</summary>
    FollowOn,

    /// <summary>
    /// No words name the speaker because the text is theirs: a speech or address published by their office, whose
    /// holder speaks (the publishing office).
    /// </summary>
    Author,
}

/// <summary>Who a statement's text names as its speaker, before resolution. Offsets are into the body (-1 for the title).</summary>
/// <param name="Description">An appositive beside the name ("a doctor", "the foreign minister"), used when the name alone says too little.</param>
public sealed record SpeakerMention(string Text, int Start, int End, MentionKind Kind, string? Description = null);

/// <summary>
/// A statement before its speaker is resolved. <see cref="Withheld"/> marks "has not said", "declined to comment":
/// the speaker addressed the matter without taking a position, unlike "ruled out".
/// Title statements have <see cref="FromTitle"/> set and offsets 0..0 (the title is not part of the body).
/// </summary>
public sealed record StatementCandidate(
    SpeakerMention Speaker,
    StatementKind Kind,
    int Start,
    int End,
    string Text,
    string Cue,
    bool Withheld,
    bool FromTitle,
    int Paragraph);
