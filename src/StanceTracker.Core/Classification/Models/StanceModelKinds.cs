using StanceTracker.Core.Classification.Transformer;

namespace StanceTracker.Core.Classification.Models;

public static class StanceModelKinds
{
    /// <summary>The fast model's id: what a host starts with, and the transformer's gate.</summary>
    public const string FastId = FastModelKind.KindId;

    /// <summary>
    /// The kinds StanceTracker ships: the fast model first (what <c>auto</c> falls back to), the transformer, the SVM
    /// baseline. <paramref name="transformerSettings"/>: what the transformer is trained with when a host trains it on demand.
    /// </summary>
    public static IReadOnlyList<IStanceModelKind> BuiltIn(CrossEncoderSettings? transformerSettings = null) =>
        [new FastModelKind(), new TransformerModelKind(transformerSettings ?? new CrossEncoderSettings()), new SvmModelKind()];

    /// <summary>A registry of <see cref="BuiltIn"/>.</summary>
    public static StanceModelRegistry BuiltInRegistry(CrossEncoderSettings? transformerSettings = null) => new(BuiltIn(transformerSettings));
}
