using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Tests.Workflows;

namespace StanceTracker.Web.Tests.Hosting;

/// <summary>
/// The dashboard in team mode (forced on a SQLite file by the option, as <c>--auth on</c> does), through real requests:
/// sign-in with the form and its antiforgery token, the cookie, and what each role may open.
/// </summary>
public sealed partial class TeamModeHostTests : IDisposable
{
    private const string Password = "correct horse battery";

    private readonly DashboardFactory _factory = new()
    {
        Options = database => new DashboardOptions(database, null)
        {
            DataDirectory = ProjectPaths.DataDirectory,
            LoadCatalogue = false,
            Transformer = TransformerMode.Off,
            Auth = AuthMode.On,
        },
    };

    public TeamModeHostTests()
    {
        WorkflowData.Seed(_factory.Database);
        var users = _factory.Services.GetRequiredService<IUserStore>();
        var at = DateTimeOffset.UtcNow;
        users.Add("vic", Password, UserRole.Viewer, at);
        users.Add("Rita", Password, UserRole.Reviewer, at);
        users.Add("ada", Password, UserRole.Admin, at);
    }

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/matrix")]
    [InlineData("/review")]
    [InlineData("/ingest")]
    [InlineData("/audit")]
    [InlineData("/statements?country=POL")]
    [InlineData("/embed/matrix")]
    public async Task An_anonymous_page_request_is_sent_to_sign_in(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/signin?ReturnUrl={Uri.EscapeDataString(path)}", Target(response));
    }

    [Theory]
    [InlineData("/api/statements")]
    [InlineData("/api/reviews/training.tsv")]
    [InlineData("/changes.atom")]
    public async Task Anonymous_api_and_feed_requests_are_refused_with_401(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/review")]
    [InlineData("/ingest")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task An_anonymous_post_to_review_ingest_or_the_circuit_is_refused_and_writes_nothing(string path)
    {
        var before = Counts();
        using var client = Client();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "review", ["text"] = "An article." });
        using var response = await client.PostAsync(path, form, Cancel);

        if (path.StartsWith("/_blazor", StringComparison.Ordinal))
        {
            // Refused with 401 before the hub; the status code pages then re-run the not-found page for it, and that
            // POST, carrying no antiforgery token, ends as 400. Either way no circuit is opened.
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, response.StatusCode.ToString());
            Assert.DoesNotContain("connectionToken", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/signin?ReturnUrl=", Target(response), StringComparison.Ordinal);
        }
        Assert.Equal((0L, before.Articles), Counts());
    }

    [Fact]
    public async Task The_sign_in_page_is_a_static_form_with_an_antiforgery_token_and_refuses_a_wrong_password()
    {
        using var client = Client();
        var page = await client.GetStringAsync("/account/signin", Cancel);
        Assert.Contains("method=\"post\"", page, StringComparison.Ordinal);
        Assert.Matches(AntiforgeryField(), page);
        Assert.Contains("name=\"Input.Password\"", page, StringComparison.Ordinal);

        using var wrong = await SignInAsync(client, "rita", "not the password");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("do not match an active user", await wrong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.False(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("StanceTracker.SignIn=", StringComparison.Ordinal)));
        using var stillOut = await client.GetAsync("/matrix", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);

        using var withoutToken = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.Name"] = "rita", ["Input.Password"] = Password,
        }), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_pages_and_the_api_but_is_denied_review_audit_and_ingest()
    {
        using var client = Client();
        using var signedIn = await SignInAsync(client, "VIC", Password, returnUrl: "/statements?country=POL");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/statements?country=POL", Target(signedIn));
        Assert.Contains("Donald Tusk", await client.GetStringAsync("/statements?country=POL", Cancel), StringComparison.Ordinal);
        using (var api = await client.GetAsync("/api/statements", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
        foreach (var path in new[] { "/review", "/audit", "/ingest" })
        {
            using var denied = await client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/account/denied", Target(denied), StringComparison.Ordinal);
        }
        Assert.Contains("signed in as vic (viewer)", await client.GetStringAsync("/account/denied", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_opens_review_under_their_name_and_sees_the_audit_but_not_ingest()
    {
        _factory.Services.GetRequiredService<IReviewStore>().Add(new Review(
            FirstStatement(), null, Core.Reviews.ReviewField.Speaker, "Donald Tusk", "Radosław Sikorski", "Rita", "wrong speaker", DateTimeOffset.UtcNow));
        using var client = Client();
        using var _ = await SignInAsync(client, "rita", Password);

        var review = await client.GetStringAsync("/review", Cancel);
        var audit = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?reviewer=Rita", Cancel));
        using var ingest = await client.GetAsync("/ingest", Cancel);

        Assert.Contains("Reviewing as <strong>Rita</strong>", review, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reviewer\"", review, StringComparison.Ordinal);
        Assert.DoesNotContain("review-refused", review, StringComparison.Ordinal);
        Assert.Contains("Donald Tusk → Radosław Sikorski", audit, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-who\">Rita<", audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ingest.StatusCode);
    }

    [Fact]
    public async Task An_admin_opens_ingest_and_a_removed_user_is_signed_out_at_the_next_request()
    {
        using var client = Client();
        using var _ = await SignInAsync(client, "ada", Password);
        using (var ingest = await client.GetAsync("/ingest", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
            Assert.DoesNotContain("ingest-refused", await ingest.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        _factory.Services.GetRequiredService<IUserStore>().Remove("ada", DateTimeOffset.UtcNow);
        using var after = await client.GetAsync("/ingest", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", Target(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token_and_ends_the_session()
    {
        using var client = Client();
        using var _ = await SignInAsync(client, "rita", Password);
        var page = await client.GetStringAsync("/matrix", Cancel);
        Assert.Contains("data-testid=\"signed-in-as\"", page, StringComparison.Ordinal);

        using (var forged = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/matrix" }), Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }
        using var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = "/matrix", ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
        }), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await client.GetAsync("/matrix", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string? returnUrl = null)
    {
        var page = await client.GetStringAsync("/account/signin" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)), Cancel);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["Input.Name"] = name,
            ["Input.Password"] = password,
        };
        if (returnUrl is not null)
        {
            fields["Input.ReturnUrl"] = returnUrl;
        }
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(fields), Cancel);
    }

    /// <summary>Where a redirect points, as a path and query on this site.</summary>
    private static string Target(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;

    private long FirstStatement() => Scalar("SELECT MIN(id) FROM statements");

    private (long Reviews, long Articles) Counts() => (Scalar("SELECT COUNT(*) FROM reviews"), Scalar("SELECT COUNT(*) FROM articles"));

    private long Scalar(string sql)
    {
        using var connection = _factory.Database.OpenConnection();
        return Dapper.SqlMapper.ExecuteScalar<long>(connection, sql);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
