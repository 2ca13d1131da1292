using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Matrix;

public sealed partial class MatrixPage
{
    private static readonly TimeSpan SliderDebounce = TimeSpan.FromMilliseconds(350);

    [Inject] private IMatrixQuery Matrix { get; set; } = default!;

    [Inject] private ICellEvidenceQuery CellEvidence { get; set; } = default!;

    [Inject] private IPositionDatesQuery Dates { get; set; } = default!;

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

    /// <summary>true hides low-confidence, unreviewed cells (<see cref="GridCell.LowConfidence"/>).</summary>
    [SupplyParameterFromQuery(Name = QueryNames.HideLowConfidence)] public string? HideLowConfidence { get; set; }

    private DateOnly _today;
    private DateOnly _asOf;
    private MatrixMonths _months = new(DateOnly.MinValue, DateOnly.MinValue);
    private int _sliderMonth;
    private MatrixView? _view;
    private IReadOnlyDictionary<(string Country, string Topic), GridCell> _grid = new Dictionary<(string Country, string Topic), GridCell>();
    private IReadOnlyList<CountryRow> _rows = [];
    private CellEvidence? _evidence;
    private int? _evidenceStaleWindow;
    private CancellationTokenSource? _debounce;
    private int? _window;
    private bool _hideLowConfidence;
    private int _hiddenCount;
    private bool _building;
    private ElementReference _drawerContent;
    private readonly Dictionary<(string Country, string Topic), ElementReference> _cellButtons = [];
    private bool _focusDrawer;
    private (string Country, string Topic)? _focusCellAfterClose;

    /// <summary>No date was asked for (or the one asked for was not valid), so the page opened on the last day with data.</summary>
    private bool _openedOnLatest;

    /// <summary>What was wrong with the address, said on the page (as /statements does) rather than silently replaced.</summary>
    private string? _addressError;

    private string RegionKey => Region ?? "All";

    /// <summary>"All" and every group the country file defines, so a group added there appears here without an edit.</summary>
    private IEnumerable<string> RegionChoices => ["All", .. Countries.Regions];

    private static string LowConfidenceSwitchLabel =>
        string.Create(CultureInfo.InvariantCulture, $"Hide low-confidence cells (< {GridCell.LowConfidenceBelow:0.00})");

    protected override void OnInitialized() => Builder.Changed += OnDataChanged;

    /// <summary>The date, window and region as address parameters: what the CSV link and the embeddable view show.</summary>
    private string ViewQuery => MatrixShare.Query(_asOf, _window, Region);

    private string ShareTitle => MatrixShare.Title(Region);

    private string EmbedUrl => Navigation.ToAbsoluteUri($"embed/matrix?{ViewQuery}").ToString();

    protected override void OnParametersSet()
    {
        _today = DateOnly.FromDateTime(DateTime.UtcNow);
        var dates = Dates.Get();
        // A database whose statements end months ago would open nearly empty on today: it opens where its data ends.
        var latest = dates.Latest is { } last && last < _today ? last : _today;
        var errors = new List<string>();
        (_asOf, _window) = new MatrixRequest { AsOf = AsOf, Window = Window }.ReadDateAndWindow(latest, errors);
        var dateGiven = StatementRequest.ParseDate(AsOf, QueryNames.AsOf, []) is not null;
        _openedOnLatest = !dateGiven && latest != _today;
        _hideLowConfidence = ReadFlag(HideLowConfidence, QueryNames.HideLowConfidence, errors);
        _addressError = errors.Count == 0 ? null : string.Join("; ", errors) + ".";
        _months = MatrixMonths.For(dates, _today);
        _sliderMonth = _months.Index(_asOf);
        Load();
    }

    private static bool ReadFlag(string? text, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        if (bool.TryParse(text.Trim(), out var flag))
        {
            return flag;
        }
        errors.Add($"{name} '{text}' must be true or false");
        return false;
    }

    private void Load()
    {
        _building = Builder.Status.IsBuilding;
        // Without a window, each country's last known position; the grid shows it faded where the window holds none.
        var views = Matrix.GetWithLastKnown(_asOf, _window);
        _view = views.InWindow;
        _grid = MatrixGrid.Build(_view, views.LastKnown);
        _rows = RowsFor(MatrixGrid.Countries(_grid), Region, Countries);
        var shown = _rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        _hiddenCount = _hideLowConfidence ? _grid.Count(c => c.Value.LowConfidence && shown.Contains(c.Key.Country)) : 0;
        _evidence = null;
        _evidenceStaleWindow = null;
        if (!string.IsNullOrWhiteSpace(Country) && !string.IsNullOrWhiteSpace(Topic) && _view.Topics.Any(t => t.Id == Topic))
        {
            // A stale cell's statements lie before the window: the panel reads them as the cell did, with no window.
            var stale = _grid.TryGetValue((Country, Topic), out var cell) && cell.Stale;
            _evidenceStaleWindow = stale ? _window ?? PositionRules.Default.WindowDays : null;
            _evidence = CellEvidence.Get(Country, Topic, _asOf, stale ? IMatrixQuery.MaxWindowDays : _window);
        }
    }

    /// <summary>
    /// The rows: every country with a position, or, for a region, every member (so a silent member shows as
    /// "no statement" rather than vanishing), by name.
    /// </summary>
    internal static IReadOnlyList<CountryRow> RowsFor(IEnumerable<string> countriesWithCells, string? region, CountryDirectory countries)
    {
        var codes = countriesWithCells;
        if (!string.IsNullOrEmpty(region) && !string.Equals(region, "All", StringComparison.OrdinalIgnoreCase))
        {
            codes = countries.Members(region);
        }
        return codes
            .Distinct(StringComparer.Ordinal)
            .Select(code => new CountryRow(code, countries.Name(code)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

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
        NavigateTo(_months.End(month));
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

    private void OnHideLowConfidenceChanged(bool hide) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.HideLowConfidence, hide ? "true" : null));

    private void OpenCell(string country, string topic)
    {
        _focusDrawer = true;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [QueryNames.AsOf] = IsoDate.Format(_asOf),
            [QueryNames.Country] = country,
            [QueryNames.Topic] = topic,
        }));
    }

    private void CloseCell()
    {
        if (Country is { } country && Topic is { } topic)
        {
            _focusCellAfterClose = (country, topic);
        }
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { [QueryNames.Country] = null, [QueryNames.Topic] = null }));
    }

    private void OnDrawerKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Escape")
        {
            CloseCell();
        }
    }

    // A keyboard user who opens a cell lands in its panel, and on closing it returns to the cell, not to the top of the page.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusDrawer && _evidence is not null)
        {
            _focusDrawer = false;
            await _drawerContent.FocusAsync();
        }
        else if (_focusCellAfterClose is { } cell && _evidence is null)
        {
            _focusCellAfterClose = null;
            if (_cellButtons.TryGetValue(cell, out var button))
            {
                await button.FocusAsync();
            }
        }
    }

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

    private GridCell? CellAt(string country, string topic) => _grid.GetValueOrDefault((country, topic));

    private static string CellClass(GridCell? cell, bool selected, bool hidden) =>
        "cell"
        + (cell?.Cell.Disagreement == true ? " disagree" : "")
        + (cell?.Stale == true ? " stale" : "")
        + (cell?.LowConfidence == true ? " low-confidence" : "")
        + (cell?.Reviewed == true ? " reviewed" : "")
        + (hidden ? " hidden" : "")
        + (selected ? " selected" : "");

    /// <summary>What a screen reader says after the stance, and what the badge's title adds: why the cell may not be taken at face value.</summary>
    private static string Qualifiers(GridCell cell) =>
        (cell.Stale ? $", last known position, {GridCell.AgeInWords(cell.AgeDays)} old" : "")
        + (cell.LowConfidence ? ", low confidence" : "")
        + (cell.Reviewed ? ", reviewed" : "")
        + (cell.Cell.LeftOfficeOn is { } left ? $", the speaker left office on {IsoDate.Format(left)}" : "");

    private static string Describe(GridCell grid)
    {
        var cell = grid.Cell;
        return string.Create(CultureInfo.InvariantCulture,
            $"{cell.SpeakerName}, {IsoDate.Format(cell.Date)} ({cell.SpeakerCount} speaker(s), confidence {cell.Confidence:0.00}{(cell.Disagreement ? "; speakers disagree" : "")}{Qualifiers(grid).Replace(", ", "; ", StringComparison.Ordinal)})");
    }

    public void Dispose()
    {
        Builder.Changed -= OnDataChanged;
        _debounce?.Cancel();
        _debounce?.Dispose();
    }

    internal sealed record CountryRow(string Code, string Name);
}
