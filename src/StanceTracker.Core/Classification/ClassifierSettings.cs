namespace StanceTracker.Core.Classification;

/// <summary>Training settings; part of the model version hash.</summary>
public sealed record ClassifierSettings
{
    public int Seed { get; init; } = 42;

    /// <summary>Folds of the cross-validation that tunes topic thresholds, picks the stance mode and calibrates confidence.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// True in the settings of an SVM baseline model: the trainer records which family it trained here, so the version
    /// hash tells the two apart (the model kind chooses the family, not this flag).
    /// </summary>
    public bool SvmBaseline { get; init; }

    /// <summary>Stance conditioning; null measures both by cross-validation and keeps the better.</summary>
    public StanceMode? StanceMode { get; init; }

    /// <summary>
    /// Classify what a reported statement says, without its wire-story frame (<see cref="ReportedContent"/>); the SVM
    /// baseline always sees the whole text.
    /// </summary>
    public bool ReportedContentOnly { get; init; }

    public float TopicL2 { get; init; } = 0.05f;
    public float StanceL2 { get; init; } = 0.05f;

    /// <summary>Positions whose calibrated confidence is below this are flagged <c>NeedsReview</c>.</summary>
    public double ReviewThreshold { get; init; } = 0.5;
}
