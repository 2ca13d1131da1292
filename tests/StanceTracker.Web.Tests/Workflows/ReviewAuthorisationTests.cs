using Bunit;
using Bunit.TestDoubles;
using Dapper;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Sqlite;
using StanceTracker.Web.Components.Pages.Ingest;
using StanceTracker.Web.Components.Pages.Review;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>
/// Who may review, checked where the review is written: the page and the recorder on a real database, with the
/// circuit's user set as the server would know it (bUnit's authentication state in place of the cookie).
/// </summary>
public sealed class ReviewAuthorisationTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-bunit-auth-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly BunitContext _context = new();
    private readonly BunitAuthorizationContext _user;
    private readonly SqliteDatabase _database;

    public ReviewAuthorisationTests() : this(AuthMode.On, loopbackOnly: true)
    {
    }

    private ReviewAuthorisationTests(AuthMode auth, bool loopbackOnly)
    {
        var database = Path.Combine(_folder, "bunit.db");
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddStanceTracker(TestServices.Options(database));
        _context.Services.AddSingleton(new DashboardOptions(database, null) { DataDirectory = Data.ProjectPaths.DataDirectory, LoadCatalogue = false, Auth = auth, LoopbackOnly = loopbackOnly });
        _context.Services.AddWorkflows();
        _user = _context.AddAuthorization();
        _database = _context.Services.GetRequiredService<SqliteDatabase>();
        WorkflowData.Seed(_database);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private IRenderedComponent<T> RenderAt<T>(string uri) where T : IComponent
    {
        _context.Render<MudPopoverProvider>();
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return _context.Render<T>();
    }

    private long Reviews()
    {
        using var connection = _database.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reviews");
    }

    [Fact]
    public async Task A_reviewer_s_accept_is_recorded_under_their_signed_in_name_whatever_the_page_passes()
    {
        _user.SetAuthorized("Rita").SetRoles("reviewer");
        var page = RenderAt<ReviewPage>("review");

        Assert.Empty(page.FindAll("[data-testid=reviewer]"));
        Assert.Contains("Rita", page.Find("[data-testid=reviewer-signed-in]").TextContent, StringComparison.Ordinal);
        page.FindAll("[data-testid=accept]")[0].Click();

        Assert.Contains("Accepted", page.Find("[data-testid=review-message]").TextContent, StringComparison.Ordinal);
        var recorder = _context.Services.GetRequiredService<ReviewRecorder>();
        await recorder.AddAsync(WorkflowStatement(), null, ReviewField.Speaker, "Donald Tusk", "Someone Else", "mallory", "typed another name", DateTimeOffset.UtcNow);
        using var connection = _database.OpenConnection();
        Assert.Equal(["Rita", "Rita"], connection.Query<string>("SELECT reviewer FROM reviews ORDER BY id"));
    }

    [Fact]
    public async Task A_viewer_cannot_write_a_review_even_by_calling_the_recorder()
    {
        _user.SetAuthorized("vic").SetRoles("viewer");
        var page = RenderAt<ReviewPage>("review");

        Assert.Contains("Your role (viewer) may not review statements", page.Find("[data-testid=review-refused]").TextContent, StringComparison.Ordinal);
        Assert.All(page.FindAll("button[data-testid=accept]"), b => Assert.True(b.HasAttribute("disabled")));
        var recorder = _context.Services.GetRequiredService<ReviewRecorder>();
        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            recorder.CorrectStanceAsync(WorkflowPosition(), Core.Classification.Stance.Oppose, "vic", "sneaky", DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            recorder.AddAsync(WorkflowStatement(), WorkflowPosition(), ReviewField.Accept, null, null, "vic", null, DateTimeOffset.UtcNow));

        Assert.Contains("viewer", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, Reviews());
    }

    [Fact]
    public async Task An_anonymous_circuit_in_team_mode_cannot_review_or_add_articles()
    {
        var recorder = _context.Services.GetRequiredService<ReviewRecorder>();
        await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            recorder.AddAsync(WorkflowStatement(), WorkflowPosition(), ReviewField.Accept, null, null, "anyone", null, DateTimeOffset.UtcNow));

        var ingest = RenderAt<IngestPage>("ingest");
        Assert.Contains("Sign in first", ingest.Find("[data-testid=ingest-refused]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Reviews());
    }

    [Fact]
    public async Task A_reviewer_may_not_add_articles_and_an_admin_may()
    {
        _user.SetAuthorized("Rita").SetRoles("reviewer");
        Assert.Contains("needs admin", RenderAt<IngestPage>("ingest").Find("[data-testid=ingest-refused]").TextContent, StringComparison.Ordinal);

        _user.SetAuthorized("ada").SetRoles("admin");
        Assert.Null(await _context.Services.GetRequiredService<DashboardUser>().RefusalAsync(DashboardAction.Ingest));
    }

    [Fact]
    public async Task Without_sign_in_beyond_loopback_anonymous_may_read_but_not_review()
    {
        await using var readOnly = new ReviewAuthorisationTests(AuthMode.Off, loopbackOnly: false);
        var page = readOnly.RenderAt<ReviewPage>("review");

        Assert.Contains("read-only", page.Find("[data-testid=review-refused]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=reviewer]"));
        var recorder = readOnly._context.Services.GetRequiredService<ReviewRecorder>();
        await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            recorder.AddAsync(readOnly.WorkflowStatement(), readOnly.WorkflowPosition(), ReviewField.Accept, null, null, "analyst", null, DateTimeOffset.UtcNow));
        Assert.Contains("read-only", await readOnly._context.Services.GetRequiredService<DashboardUser>().RefusalAsync(DashboardAction.Ingest), StringComparison.Ordinal);
        Assert.Equal(0, readOnly.Reviews());
    }

    private long WorkflowPosition()
    {
        using var connection = _database.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT MIN(id) FROM positions");
    }

    private long WorkflowStatement()
    {
        using var connection = _database.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT MIN(id) FROM statements");
    }
}
