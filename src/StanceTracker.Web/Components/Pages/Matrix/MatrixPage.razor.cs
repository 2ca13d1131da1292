using System.Globalization;
using Microsoft.AspNetCore.Components;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Matrix;

public sealed partial class MatrixPage
{
    /// <summary>The slider starts where the news archive of most interest does: the annexation of Crimea.</summary>
    internal static readonly DateOnly FirstMonth = new(2014, 1, 1);

    private static readonly TimeSpan SliderDebounce = TimeSpan.FromMilliseconds(350);

    [Inject] private IMatrixQuery Matrix { get; set; } = default!;

    [Inject] private ICellEvidenceQuery CellEvidence { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private DemoDatabaseBuilder Builder { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The date in the address, so a view can be shared: <c>/matrix?asOf=2025-02-19</c>.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.AsOf)] public string? AsOf { get; set; }

    /// <summary>One of the groups in data/countries.json (EU, NATO, G7 ...); none means every country with a position.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Region)] public string? Region { get; set; }

    /// <summary>With <see cref="Topic"/>, the open cell: its statements show in the side panel.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Country)] public string? Country { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Topic)] public string? Topic { get; set; }

    /// <summary>Days a statement stays current (the API's window); the default when absent.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Window)] public string? Window { get; set; }

    private DateOnly _asOf;
    private int _sliderMonth;
    private int _lastMonth;
    private MatrixView? _view;
    private Dictionary<(string Country, string Topic), MatrixCell> _cells = [];
    private IReadOnlyList<CountryRow> _rows = [];
    private CellEvidence? _evidence;
    private CancellationTokenSource? _debounce;
    private int? _window;

    /// <summary>What was wrong with the address, said on the page (as /statements does) rather than silently replaced.</summary>
    private string? _addressError;

    private string RegionKey => Region ?? "All";

    /// <summary>"All" and every group the country file defines, so a group added there appears here without an edit.</summary>
    private IEnumerable<string> RegionChoices => ["All", .. Countries.Regions];

    protected override void OnInitialized() => Builder.Changed += OnDataChanged;

    protected override void OnParametersSet()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var errors = new List<string>();
        (_asOf, _window) = new MatrixRequest { AsOf = AsOf, Window = Window }.ReadDateAndWindow(today, errors);
        _addressError = errors.Count == 0 ? null : string.Join("; ", errors) + ".";
        _lastMonth = MonthIndex(today);
        _sliderMonth = Math.Clamp(MonthIndex(_asOf), 0, _lastMonth);
        Load();
    }

    private void Load()
    {
        _view = Matrix.Get(_asOf, _window);
        // A thousand cells looked up a thousand times: by key, not by MatrixView.Cell's scan.
        _cells = _view.Cells.ToDictionary(c => (c.Country, c.TopicId));
        _rows = RowsFor(_view, Region, Countries);
        _evidence = !string.IsNullOrWhiteSpace(Country) && !string.IsNullOrWhiteSpace(Topic) && _view.Topics.Any(t => t.Id == Topic)
            ? CellEvidence.Get(Country, Topic, _asOf)
            : null;
    }

    /// <summary>
    /// The rows: every country with a position, or, for a region, every member (so a silent member shows as
    /// "no statement" rather than vanishing), by name.
    /// </summary>
    internal static IReadOnlyList<CountryRow> RowsFor(MatrixView view, string? region, CountryDirectory countries)
    {
        IEnumerable<string> codes = view.Countries;
        if (!string.IsNullOrEmpty(region) && !string.Equals(region, "All", StringComparison.OrdinalIgnoreCase))
        {
            var members = countries.Members(region);
            codes = members;
        }
        return codes
            .Distinct(StringComparer.Ordinal)
            .Select(code => new CountryRow(code, countries.Name(code)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    internal static int MonthIndex(DateOnly date) => (date.Year - FirstMonth.Year) * 12 + date.Month - FirstMonth.Month;

    /// <summary>The as-of date for a month on the slider: its last day, or today for the current month.</summary>
    internal static DateOnly MonthEnd(int index, DateOnly today)
    {
        var first = FirstMonth.AddMonths(index);
        var last = first.AddMonths(1).AddDays(-1);
        return last > today ? today : last;
    }

    private static string MonthLabel(int index) => FirstMonth.AddMonths(index).ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private async Task OnSliderChanged(int month)
    {
        _sliderMonth = month;
        if (_debounce is not null)
        {
            await _debounce.CancelAsync();
            _debounce.Dispose();
        }
        _debounce = new CancellationTokenSource();
        var token = _debounce.Token;
        try
        {
            // Dragging passes many months a second: only the one the user rests on is loaded.
            await Task.Delay(SliderDebounce, token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        NavigateTo(MonthEnd(month, DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    private void OnDateChanged(DateTime? date)
    {
        if (date is { } chosen)
        {
            NavigateTo(DateOnly.FromDateTime(chosen));
        }
    }

    private void NavigateTo(DateOnly asOf) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.AsOf, IsoDate.Format(asOf)));

    private void OnRegionChanged(string? region) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Region, region is null or "All" ? null : region));

    private void OpenCell(string country, string topic) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [QueryNames.AsOf] = IsoDate.Format(_asOf),
            [QueryNames.Country] = country,
            [QueryNames.Topic] = topic,
        }));

    private void CloseCell() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { [QueryNames.Country] = null, [QueryNames.Topic] = null }));

    private void OnDrawerOpenChanged(bool open)
    {
        if (!open)
        {
            CloseCell();
        }
    }

    private void OnDataChanged() => InvokeAsync(() =>
    {
        Load();
        StateHasChanged();
    });

    private MatrixCell? CellAt(string country, string topic) => _cells.GetValueOrDefault((country, topic));

    private static string CellClass(MatrixCell? cell, bool selected) =>
        "cell" + (cell?.Disagreement == true ? " disagree" : "") + (selected ? " selected" : "");

    private static string? Describe(MatrixCell? cell) => cell is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{cell.SpeakerName}, {IsoDate.Format(cell.Date)} ({cell.SpeakerCount} speaker(s) in the window, confidence {cell.Confidence:0.00}{(cell.Disagreement ? "; speakers disagree" : "")})");

    public void Dispose()
    {
        Builder.Changed -= OnDataChanged;
        _debounce?.Cancel();
        _debounce?.Dispose();
    }

    internal sealed record CountryRow(string Code, string Name);
}
