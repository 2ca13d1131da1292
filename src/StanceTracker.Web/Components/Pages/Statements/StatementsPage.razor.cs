using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Statements;

/// <summary>
/// Every statement, filtered, sorted and paged in SQL. All of the view is in the address, so it can be bookmarked,
/// shared and exported as it is. The page queries in <see cref="OnParametersSet"/> rather than through a table's
/// ServerData callback, which runs only after the first interactive render: the prerendered page already holds the rows.
/// </summary>
public sealed partial class StatementsPage
{
    public const int PageSize = 50;

    [Inject] private IStatementListQuery Query { get; set; } = default!;

    [Inject] private ICatalogueQuery Catalogue { get; set; } = default!;

    [Inject] private ITopicStore Topics { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private DemoDatabaseBuilder Builder { get; set; } = default!;

    [SupplyParameterFromQuery(Name = QueryNames.Text)] public string? Q { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Topic)] public string? Topic { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Stance)] public string? StanceText { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Country)] public string? Country { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Actor)] public string? Actor { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Article)] public string? Article { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.From)] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.To)] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.MinConfidence)] public string? MinConfidence { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.MaxConfidence)] public string? MaxConfidence { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.NeedsReview)] public string? NeedsReview { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Sort)] public string? Sort { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Page)] public string? PageNumber { get; set; }

    private IReadOnlyList<Topic> _topics = [];
    private IReadOnlyList<string> _countries = [];
    private StatementFilter _filter = new();
    private StatementPage _page = new([], 0, 0, PageSize);
    private string? _search;
    private string? _error;

    private bool HasFilters => StatementRequest.ToParameters(_filter with { Page = 0, Sort = StatementSort.DateDescending }).Values.Any(v => v is not null);

    private int PageCount => (int)Math.Ceiling(_page.Total / (double)_page.PageSize);

    private string Summary => _page.Total == 0
        ? "No statements."
        : string.Create(CultureInfo.InvariantCulture,
            $"{_page.Page * _page.PageSize + 1:N0}–{_page.Page * _page.PageSize + _page.Rows.Count:N0} of {_page.Total:N0} statement positions");

    protected override void OnInitialized()
    {
        _topics = Topics.All();
        _countries = Catalogue.Countries();
    }

    protected override void OnParametersSet()
    {
        var (filter, error) = new StatementRequest
        {
            Q = Q, Topic = Topic, Stance = StanceText, Country = Country, Actor = Actor, Article = Article, From = From, To = To,
            MinConfidence = MinConfidence, MaxConfidence = MaxConfidence, NeedsReview = NeedsReview, Sort = Sort, Page = PageNumber,
        }.ToFilter(PageSize, PageSize);
        _error = error;
        _filter = filter ?? new StatementFilter { PageSize = PageSize };
        _search = _filter.Text;
        _page = Query.Get(_filter);
    }

    private void Apply(StatementFilter filter) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(StatementRequest.ToParameters(filter with { Page = 0 })));

    private void OnSearch(string? text) => Apply(_filter with { Text = string.IsNullOrWhiteSpace(text) ? null : text });

    private void OnPageChanged(int page) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(StatementRequest.ToParameters(_filter with { Page = page - 1 })));

    private void ClearFilters() => Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(
        StatementRequest.ToParameters(new StatementFilter()).ToDictionary(p => p.Key, object? (_) => null)));

    private void SortBy(string column)
    {
        var sort = (column, _filter.Sort) switch
        {
            ("date", StatementSort.DateDescending) => StatementSort.DateAscending,
            ("date", _) => StatementSort.DateDescending,
            ("confidence", StatementSort.ConfidenceAscending) => StatementSort.ConfidenceDescending,
            _ => StatementSort.ConfidenceAscending,
        };
        Apply(_filter with { Sort = sort });
    }

    private string? SortIcon(string column) => (column, _filter.Sort) switch
    {
        ("date", StatementSort.DateDescending) or ("confidence", StatementSort.ConfidenceDescending) => Icons.Material.Filled.ArrowDownward,
        ("date", StatementSort.DateAscending) or ("confidence", StatementSort.ConfidenceAscending) => Icons.Material.Filled.ArrowUpward,
        _ => Icons.Material.Filled.UnfoldMore,
    };

    /// <summary>The API address for the rows on screen: every filter, and for CSV every page.</summary>
    private string ExportHref(string format)
    {
        var parameters = StatementRequest.ToParameters(_filter);
        if (format == "csv")
        {
            parameters[QueryNames.Page] = null;
        }
        parameters[QueryNames.Format] = format;
        return Navigation.GetUriWithQueryParameters(Navigation.ToAbsoluteUri("api/statements").ToString(), parameters);
    }

    private string TopicLabel(string? topicId) =>
        topicId is null ? "" : _topics.FirstOrDefault(t => t.Id == topicId)?.Label ?? topicId;

    private static Stance? ParseStance(string? text) => StanceNames.TryParse(text, out var stance) ? stance : null;

    private static string StanceDetail(StatementRow row) => row.Reviewed && row.ModelStance != row.Stance
        ? $"reviewed; the model said {row.ModelStance}"
        : row.Reviewed ? "reviewed" : "model";

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
