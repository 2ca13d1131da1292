using System.Globalization;
using Microsoft.AspNetCore.Components;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Components.Pages.Matrix;

public sealed partial class MatrixPage
{
    [Inject] private MatrixQuery Matrix { get; set; } = default!;

    [Inject] private DemoDatabaseBuilder Builder { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The date in the address, so a view can be shared: <c>/matrix?asOf=2025-02-19</c>.</summary>
    [SupplyParameterFromQuery(Name = "asOf")] public string? AsOf { get; set; }

    private DateOnly _asOf;
    private MatrixView? _view;

    protected override void OnInitialized() => Builder.Changed += OnDataChanged;

    protected override void OnParametersSet()
    {
        _asOf = DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateOnly.FromDateTime(DateTime.UtcNow);
        Load();
    }

    private void Load() => _view = Matrix.Get(_asOf);

    private void OnDateChanged(DateTime? date)
    {
        if (date is { } chosen)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("asOf", DateOnly.FromDateTime(chosen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private void OnDataChanged() => InvokeAsync(() =>
    {
        Load();
        StateHasChanged();
    });

    private static string? Describe(MatrixCell? cell) => cell is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{cell.SpeakerName}, {cell.Date:yyyy-MM-dd} ({cell.SpeakerCount} speaker(s) in the window, confidence {cell.Confidence:0.00})");

    public void Dispose() => Builder.Changed -= OnDataChanged;
}
