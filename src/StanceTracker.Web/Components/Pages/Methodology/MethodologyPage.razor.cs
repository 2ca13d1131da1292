using Microsoft.AspNetCore.Components;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Components.Presentation;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Components.Pages.Methodology;

/// <summary>
/// The codebook and the rules as the dashboard applies them. Each figure is read from where it lives (the topics table,
/// <see cref="Core.Positions.PositionRules"/>, <see cref="Offices"/>, <see cref="Core.Positions.Shift"/>, the stored model
/// versions, the README's measured figures) so the page cannot disagree with the code.
/// </summary>
public sealed partial class MethodologyPage
{
    /// <summary>The README rows about how well statements are read, rather than speed or memory.</summary>
    private static readonly string[] AccuracyRows = ["positions on", "attribution on", "confidence on", "classifier on", "cross-validation", "demo corpus"];

    [Inject] private ITopicStore Topics { get; set; } = default!;

    [Inject] private StanceModels Models { get; set; } = default!;

    [Inject] private IModelVersionQuery ModelVersions { get; set; } = default!;

    [Inject] private MeasuredFigures Figures { get; set; } = default!;

    private IReadOnlyList<Topic> _topics = [];
    private IReadOnlyList<ModelVersionCount> _versions = [];
    private IReadOnlyList<IReadOnlyList<string>> _seniority = [];

    protected override void OnInitialized()
    {
        _topics = Topics.All();
        _versions = ModelVersions.Get();
        _seniority = OfficeNames.Filterable
            .GroupBy(Offices.Seniority)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)g.Select(OfficeNames.Label).ToList())
            .ToList();
    }

    internal static bool IsAccuracy(MeasuredFigure row) =>
        AccuracyRows.Any(prefix => row.What.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
