namespace StanceTracker.Core.Reviews;

/// <summary>What a human correction concerns.</summary>
public enum ReviewField
{
    /// <summary>Who made the statement: concerns the whole statement, so it names no position.</summary>
    Speaker,
    Topic,
    Stance,

    /// <summary>The reviewer read the position and left it as the model gave it.</summary>
    Accept,
}
