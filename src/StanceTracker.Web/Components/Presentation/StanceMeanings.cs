using StanceTracker.Core.Classification;

namespace StanceTracker.Web.Components.Presentation;

/// <summary>What each stance means towards a topic's proposition, in the words the methodology page and the review help use.</summary>
public static class StanceMeanings
{
    public static string Meaning(Stance stance) => stance switch
    {
        Stance.Support => "For the proposition: backs it, commits to it, calls for it or welcomes it.",
        Stance.Open => "For it only under conditions or tentatively: considering it, not ruling it out, agreeing in principle with reservations.",
        Stance.Neutral => "Speaks to the topic without taking a side: discussing it, putting it on the agenda, declining to say.",
        Stance.Oppose => "Against it: rejects or rules it out, vetoes it, warns against it, calls it unacceptable, premature or ineffective.",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };

    public static string Signals(Stance stance) => stance switch
    {
        Stance.Support => "support, back, welcome, call for, ready to, will send",
        Stance.Open => "might consider, open to, not rule out, if / provided that, in principle",
        Stance.Neutral => "discussed, on the agenda, will consult, declined to comment",
        Stance.Oppose => "reject, rule out, oppose, unacceptable, premature, will not",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };
}
