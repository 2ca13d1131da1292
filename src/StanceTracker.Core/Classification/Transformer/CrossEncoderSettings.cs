namespace StanceTracker.Core.Classification.Transformer;

/// <summary>How the cross-encoder is fine-tuned; every field is part of the model's version hash.</summary>
public sealed record CrossEncoderSettings
{
    public int Seed { get; init; } = 13;

    /// <summary>
    /// Read what a reported statement says without its wire-story frame ("X, who ..., said on Monday that"; see
    /// <see cref="ReportedContent"/>), in training and in use: shorter pairs, and the model's attention on the position.
    /// </summary>
    public bool ReportedContentOnly { get; init; } = true;

    /// <summary>Tokens per (proposition, statement) pair; longer statements lose their end.</summary>
    public int MaxLength { get; init; } = 128;

    public int BatchSize { get; init; } = 16;

    public double Epochs { get; init; } = 3;

    public double LearningRate { get; init; } = 5e-5;

    public double WarmupFraction { get; init; } = 0.06;

    public double WeightDecay { get; init; } = 0.01;

    public double Dropout { get; init; } = 0.1;

    /// <summary>Keep the pretrained token, position and type embeddings as they are (cheaper steps; little to learn there from a few thousand lines).</summary>
    public bool FreezeEmbeddings { get; init; } = true;

    /// <summary>Keep this many of the lowest transformer layers as they are: their backward pass is skipped.</summary>
    public int FrozenLayers { get; init; } = 2;

    /// <summary>Share of the distinct statements held out of training to calibrate confidence (temperature) and report a check figure.</summary>
    public double CalibrationFraction { get; init; } = 0.08;

    /// <summary>Per statement, the topics it is not labelled with that are closest to it in embedding space, taught as "not about this topic".</summary>
    public int HardNegatives { get; init; } = 1;

    /// <summary>Per statement, further unlabelled topics drawn at random, taught as "not about this topic".</summary>
    public int RandomNegatives { get; init; }

    /// <summary>Stop after this many optimiser steps (tests train a few steps on tiny data); null trains the full schedule.</summary>
    public int? MaxSteps { get; init; }

    /// <summary>
    /// Which topics the cross-encoder reads a statement against: those the fast model scores at or above this share of
    /// its own per-topic threshold, at most <see cref="MaxCandidateTopics"/>. Low on purpose: the gate only needs recall.
    /// </summary>
    public float GateRatio { get; init; } = 0.25f;

    public int MaxCandidateTopics { get; init; } = 3;

    /// <summary>Positions whose confidence is below this are flagged for review.</summary>
    public double ReviewThreshold { get; init; } = 0.5;
}
