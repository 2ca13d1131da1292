using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Composition;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Postgres;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Engines;

/// <summary>
/// One engine on a new empty store, composed by the same <c>AddStanceTracker</c> registration the hosts use (the
/// database setting picks the engine), with the catalogue left for each test to load.
/// </summary>
public sealed class StoreEngineUnderTest : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDisposable _cleanup;

    private StoreEngineUnderTest(string folder, string database, IDisposable cleanup)
    {
        _cleanup = cleanup;
        _services = new ServiceCollection()
            .AddStanceTracker(new StanceTrackerOptions(folder) { DatabasePath = database, LoadCatalogue = false })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public IStanceStore Store => Get<IStanceStore>();
    public IArticleStore Articles => Get<IArticleStore>();
    public ITopicStore Topics => Get<ITopicStore>();
    public IActorStore Actors => Get<IActorStore>();
    public IReviewStore Reviews => Get<IReviewStore>();
    public IMatrixQuery Matrix => Get<IMatrixQuery>();
    public ICellEvidenceQuery Cells => Get<ICellEvidenceQuery>();
    public ITimelineQuery Timelines => Get<ITimelineQuery>();
    public IShiftQuery Shifts => Get<IShiftQuery>();
    public IStatsQuery Stats => Get<IStatsQuery>();
    public IStatementListQuery Statements => Get<IStatementListQuery>();
    public IStatementSearch Search => Get<IStatementSearch>();
    public IUserStore Users => Get<IUserStore>();
    public IReviewLogQuery ReviewLog => Get<IReviewLogQuery>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A connection of the engine's own, for checking what was stored beneath the interfaces.</summary>
    public System.Data.Common.DbConnection OpenConnection() => Store switch
    {
        Sqlite.SqliteDatabase sqlite => sqlite.OpenConnection(),
        PostgresDatabase postgres => postgres.OpenConnection(),
        var other => throw new NotSupportedException(other.GetType().Name),
    };

    public object Get(Type service) => _services.GetRequiredService(service);

    public void Dispose()
    {
        _services.Dispose();
        _cleanup.Dispose();
    }

    public static StoreEngineUnderTest Sqlite()
    {
        var temp = new TempDatabase();
        return new StoreEngineUnderTest(temp.Folder, temp.FilePath, temp);
    }

    public static StoreEngineUnderTest Postgres()
    {
        var temp = TempPostgresDatabase.Create();
        return new StoreEngineUnderTest(Path.GetTempPath(), temp.ConnectionString, temp);
    }

    /// <summary>A new PostgreSQL store whose connection string the test also needs, to reach it outside the composition.</summary>
    internal static StoreEngineUnderTest Postgres(out string connectionString)
    {
        var temp = TempPostgresDatabase.Create();
        connectionString = temp.ConnectionString;
        return new StoreEngineUnderTest(Path.GetTempPath(), temp.ConnectionString, temp);
    }
}

/// <summary>
/// What every engine's stores must do, written once against the interfaces; each engine runs it in its own subclass.
/// Adding a database means making these pass for it.
/// </summary>
public abstract class StoreEngineContract : IDisposable
{
    private static readonly DateOnly AsOf = new(2024, 4, 1);

    private readonly Lazy<StoreEngineUnderTest> _engine;

    protected StoreEngineContract() => _engine = new(() =>
    {
        var engine = Open();
        engine.Topics.Upsert(TestData.Topics);
        return engine;
    });

    protected abstract StoreEngineUnderTest Open();

    private StoreEngineUnderTest Engine => _engine.Value;

    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Every_store_and_query_interface_is_served()
    {
        var seams = typeof(IStanceStore).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace is "StanceTracker.Data" or "StanceTracker.Data.Queries" or "StanceTracker.Data.Storage")
            .Except(PostgresStoreServices.NotYetServed)
            .ToList();

        Assert.True(seams.Count >= 20, $"expected the store and query interfaces, found {seams.Count}");
        // Opened here, not inside Assert.All: an engine that is not available skips the test rather than failing each item.
        var engine = Engine;
        Assert.All(seams, seam => Assert.IsAssignableFrom(seam, engine.Get(seam)));
    }

    [Fact]
    public void An_article_is_stored_once_and_found_by_its_text()
    {
        var article = TestData.Article(new DateOnly(2024, 3, 1)).Says("Mirela Vost", "ARD", "We will sign the canal treaty.", On(TestData.Canal, Stance.Support)).Build();

        var first = Engine.Articles.Save(article);
        var second = Engine.Articles.Save(article);

        Assert.Equal(new SaveOutcome(SaveStatus.Stored, first.ArticleId, 1, 1), first);
        Assert.Equal(new SaveOutcome(SaveStatus.Duplicate, first.ArticleId, 0, 0), second);
        Assert.Equal(first.ArticleId, Engine.Articles.Find(article.Article.ContentHash));
        Assert.Null(Engine.Articles.Find("no-such-hash"));
        Assert.Equal(Engine.Store.SchemaVersion, Engine.Store.SchemaVersion);
    }

    [Fact]
    public void A_position_on_an_unknown_topic_leaves_nothing_of_its_article()
    {
        var article = TestData.Article(new DateOnly(2024, 3, 1))
            .Says("Mirela Vost", "ARD", "We will sign the canal treaty.", On(TestData.Canal, Stance.Support))
            .Says("Mirela Vost", "ARD", "And something else.", On("no-such-topic", Stance.Oppose))
            .Build();

        Assert.ThrowsAny<Exception>(() => Engine.Articles.Save(article));

        Assert.Null(Engine.Articles.Find(article.Article.ContentHash));
        Assert.Empty(Engine.Matrix.Get(AsOf).Cells);
    }

    [Fact]
    public void Topics_keep_the_order_they_were_first_stored_in()
    {
        var renamed = TestData.Topics[0] with { Label = "Canal (renamed)" };
        Engine.Topics.Upsert([new Topic("new-topic", "New", "A new topic.", "Added later.", ["new"]), renamed]);

        var topics = Engine.Topics.All();

        Assert.Equal([TestData.Canal, TestData.Fishing, TestData.Border, "new-topic"], topics.Select(t => t.Id));
        Assert.Equal("Canal (renamed)", topics[0].Label);
        Assert.Equal(["canal", "locks", "treaty"], topics[0].Cues);
    }

    [Fact]
    public void Actors_come_back_with_their_aliases_and_terms_in_catalogue_order()
    {
        var aliasesOutOfOrder = TestData.Mirela with { Aliases = ["Vost", "President Vost", "Mme Vost", "Vost"] };
        Engine.Actors.Upsert([aliasesOutOfOrder, TestData.Tomas]);
        Engine.Actors.Upsert([TestData.Tomas]);

        var mirela = Engine.Actors.Find(TestData.Mirela.Id);

        Assert.Equal(2, Engine.Actors.Count());
        Assert.NotNull(mirela);
        Assert.Equal(["Vost", "President Vost", "Mme Vost"], mirela.Aliases);
        Assert.Equal(TestData.Mirela.Terms, mirela.Terms);
        Assert.Equal(TestData.Tomas.Terms, Engine.Actors.Find(TestData.Tomas.Id)!.Terms);
        Assert.Null(Engine.Actors.Find("nobody"));
    }

    [Fact]
    public void The_matrix_takes_each_country_s_latest_position_in_the_window_by_seniority()
    {
        Engine.Actors.Upsert([TestData.Mirela]);
        var president = new Speaker("Mirela Vost", TestData.Mirela.Id, "ARD", "President", Offices.HeadOfState);
        var spokesman = new Speaker("Ivo Dran", null, "ARD", "spokesman", Offices.Spokesperson);
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 1, 10)).Says(president, "The canal would ruin the valley.", On(TestData.Canal, Stance.Oppose)).Build());
        var decisive = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 1)).Says(president, "We are ready to sign the canal treaty.", On(TestData.Canal, Stance.Support)).Build());
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 20)).Says(spokesman, "The canal is a bad idea.", On(TestData.Canal, Stance.Oppose)).Build());
        Engine.Articles.Save(TestData.Article(new DateOnly(2020, 1, 1)).Says("Tomas Kell", "BOR", "Quotas must fall.", On(TestData.Fishing, Stance.Oppose)).Build());

        var view = Engine.Matrix.Get(AsOf);

        var cell = Assert.Single(view.Cells);
        Assert.Equal(("ARD", TestData.Canal, Stance.Support, "Mirela Vost", new DateOnly(2024, 3, 1)), (cell.Country, cell.TopicId, cell.Stance, cell.SpeakerName, cell.Date));
        Assert.Equal(1, decisive.Statements);
        Assert.Equal(["ARD"], view.Countries);
        Assert.Equal([TestData.Canal, TestData.Fishing, TestData.Border], view.Topics.Select(t => t.Id));
        Assert.Equal("BOR", Assert.Single(Engine.Matrix.Get(AsOf, windowDays: 36_500).Cells, c => c.Country == "BOR").Country);
    }

    [Fact]
    public void Timelines_find_actors_by_name_and_alias_and_the_counts_add_up()
    {
        Engine.Actors.Upsert([TestData.Mirela]);
        var president = new Speaker("Mirela Vost", TestData.Mirela.Id, "ARD", "President", Offices.HeadOfState);
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 1, 10)).Says(president, "The canal would ruin the valley.", On(TestData.Canal, Stance.Oppose)).Build());
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 1)).From("Valley Post").Says(president, "We are ready to sign the canal treaty.", On(TestData.Canal, Stance.Support)).Build());

        var timeline = Engine.Timelines.ForActor(TestData.Mirela.Id, TestData.Canal);
        var stats = Engine.Stats.Get();

        Assert.Equal([TestData.Mirela.Id], Engine.Timelines.FindActorKeys("president vost"));
        Assert.Equal([TestData.Mirela.Id], Engine.Timelines.FindActorKeys("MIRELA VOST"));
        Assert.Empty(Engine.Timelines.FindActorKeys("nobody at all"));
        Assert.Equal([Stance.Oppose, Stance.Support], timeline.Steps.Select(s => s.Evidence.Stance));
        Assert.Equal(new DateOnly(2024, 3, 1), Assert.Single(timeline.Shifts).Date);
        Assert.Equal(2, Engine.Timelines.ForCountry("ARD", TestData.Canal).Steps.Count);
        Assert.Equal((2L, 2L, 2L, 2L), (stats.Articles, stats.Sources, stats.Statements, stats.Positions));
        Assert.Equal((new DateOnly(2024, 1, 10), new DateOnly(2024, 3, 1)), (stats.Earliest!.Value, stats.Latest!.Value));
        Assert.Equal(Engine.Store.SchemaVersion, stats.SchemaVersion);
        Assert.True(stats.FileBytes > 0);
    }

    [Fact]
    public void Statements_are_found_by_their_words_and_filtered_and_paged()
    {
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 1, 10))
            .Says("Mirela Vost", "ARD", "The canal would ruin the valley.", On(TestData.Canal, Stance.Oppose, 0.9))
            .Says("Tomas Kell", "BOR", "Quotas? NOT now, maybe never.", On(TestData.Fishing, Stance.Oppose, 0.4))
            .Build());
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 1))
            .Says("Mirela Vost", "ARD", "We are ready to sign the canal treaty.", On(TestData.Canal, Stance.Support, 0.8), On(TestData.Border, Stance.Open, 0.7))
            .Build());

        Assert.Equal(["We are ready to sign the canal treaty.", "The canal would ruin the valley."], Engine.Search.Search("CANAL").Select(h => h.Text));
        Assert.Equal(["The canal would ruin the valley."], Engine.Search.Search("valley canal").Select(h => h.Text));
        Assert.Equal(["Quotas? NOT now, maybe never."], Engine.Search.Search("NOT never?").Select(h => h.Text));
        Assert.Empty(Engine.Search.Search("?! --"));
        Assert.Equal(new DateOnly(2024, 3, 1), Engine.Search.Search("treaty").Single().Date);

        StatementPage Page(StatementFilter filter) => Engine.Statements.Get(filter);
        Assert.Equal(4, Page(new StatementFilter()).Total);
        Assert.Equal(3, Page(new StatementFilter { Text = "canal" }).Total);
        Assert.Equal(0, Page(new StatementFilter { Text = "..." }).Total);
        Assert.Equal(["The canal would ruin the valley."], Page(new StatementFilter { TopicId = TestData.Canal, Stance = Stance.Oppose }).Rows.Select(r => r.Text));
        Assert.Equal(2, Page(new StatementFilter { Country = "ARD", From = new DateOnly(2024, 2, 1) }).Total);
        Assert.Equal(["Quotas? NOT now, maybe never."], Page(new StatementFilter { MaxConfidence = 0.5 }).Rows.Select(r => r.Text));
        Assert.Equal(3, Page(new StatementFilter { MinConfidence = 0.6, To = new DateOnly(2024, 12, 31) }).Total);
        var firstOfTwo = Page(new StatementFilter { PageSize = 2, Sort = StatementSort.ConfidenceAscending });
        Assert.Equal((4, 2), (firstOfTwo.Total, firstOfTwo.Rows.Count));
        Assert.Equal([0.4, 0.7], firstOfTwo.Rows.Select(r => r.Confidence!.Value));
        Assert.Equal([0.8, 0.9], Page(new StatementFilter { PageSize = 2, Page = 1, Sort = StatementSort.ConfidenceAscending }).Rows.Select(r => r.Confidence!.Value));
        Assert.All(Page(new StatementFilter()).Rows, r => Assert.False(r.Reviewed));
    }

    [Fact]
    public void Users_are_unique_whatever_the_case_and_sign_in_with_their_password_only()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1));
        var added = Engine.Users.Add("  Ärna Holm ", "correct horse battery", UserRole.Reviewer, at);

        Assert.Equal(new UserAccount("Ärna Holm", UserRole.Reviewer, at, null), added);
        Assert.Throws<UserExistsException>(() => Engine.Users.Add("ÄRNA HOLM", "another password", UserRole.Admin, at));
        Assert.Equal("Ärna Holm", Engine.Users.Verify("ärna holm", "correct horse battery")?.Name);
        Assert.Null(Engine.Users.Verify("Ärna Holm", "Correct horse battery"));
        Assert.Null(Engine.Users.Verify("nobody", "correct horse battery"));
        Assert.Throws<ArgumentException>(() => Engine.Users.Add("short", "1234567", UserRole.Viewer, at));
        Assert.Throws<ArgumentException>(() => Engine.Users.Add(" ", "long enough password", UserRole.Viewer, at));
        Assert.Equal(UserRole.Reviewer, Assert.Single(Engine.Users.List()).Role);

        // Only the salted hash is stored: the password is nowhere in the row, and the same password hashes differently.
        Engine.Users.Add("Bo", "correct horse battery", UserRole.Viewer, at);
        using var connection = Engine.OpenConnection();
        var hashes = Dapper.SqlMapper.Query<string>(connection, "SELECT password_hash FROM users ORDER BY name_key").ToList();
        Assert.Equal(2, hashes.Count);
        Assert.All(hashes, h => Assert.DoesNotContain("horse", h, StringComparison.Ordinal));
        Assert.All(hashes, h => Assert.StartsWith("pbkdf2-sha512$210000$", h, StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Fact]
    public void A_removed_user_cannot_sign_in_and_keeps_the_name()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        Engine.Users.Add("ana", "first password", UserRole.Viewer, at);

        Assert.True(Engine.Users.SetRole("ANA", UserRole.Admin));
        Assert.Equal(UserRole.Admin, Engine.Users.Verify("ana", "first password")?.Role);
        Assert.True(Engine.Users.Remove("Ana", at.AddDays(1)));

        Assert.Null(Engine.Users.Verify("ana", "first password"));
        Assert.False(Engine.Users.Remove("ana", at.AddDays(2)));
        Assert.False(Engine.Users.SetRole("ana", UserRole.Viewer));
        Assert.False(Engine.Users.SetRole("nobody", UserRole.Viewer));
        Assert.Equal(at.AddDays(1), Engine.Users.Find("ANA")?.DisabledAt);
        var refusal = Assert.Throws<UserExistsException>(() => Engine.Users.Add("Ana", "second password", UserRole.Viewer, at));
        Assert.Contains("removed", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_log_lists_reviews_newest_first_by_reviewer()
    {
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 1)).Says("Mirela Vost", "ARD", "We will sign the canal treaty.", On(TestData.Canal, Stance.Support)).Build());
        var position = Engine.Statements.Get(new StatementFilter()).Rows.Single();
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        Engine.Reviews.CorrectStance(position.PositionId!.Value, Stance.Oppose, "ana", "misread", at);
        Engine.Reviews.CorrectStance(position.PositionId!.Value, Stance.Open, "bo", "hedged", at.AddHours(1));
        Engine.Reviews.Add(new Review(position.StatementId, null, Core.Reviews.ReviewField.Speaker, "Mirela Vost", "Tomas Kell", "ana", "wrong speaker", at.AddHours(2)));

        var all = Engine.ReviewLog.Latest();
        var ana = Engine.ReviewLog.Latest("ana");

        Assert.Equal([("ana", "speaker"), ("bo", "stance"), ("ana", "stance")], all.Select(e => (e.Reviewer, e.Field)));
        Assert.Equal([("Mirela Vost", "Tomas Kell"), ("support", "oppose")], ana.Select(e => (e.OldValue, e.NewValue)));
        Assert.Equal(("oppose", "open", "We will sign the canal treaty.", "2024-03-01"), (all[1].OldValue, all[1].NewValue, all[1].StatementText, all[1].Date));
        Assert.Single(Engine.ReviewLog.Latest(limit: 1));
        Assert.Empty(Engine.ReviewLog.Latest("ANA"));
        Assert.Equal([new ReviewerCount { Reviewer = "ana", Reviews = 2 }, new ReviewerCount { Reviewer = "bo", Reviews = 1 }], Engine.ReviewLog.Reviewers());
    }
}

public sealed class SqliteStoreEngineTests : StoreEngineContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresStoreEngineTests : StoreEngineContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
