using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// The PostgreSQL engine's part of the composition, chosen when <c>--db</c> is a connection string. It serves every
/// store and query interface SQLite serves except those in <see cref="NotYetServed"/>, and asking for one of those says
/// so in one line.
/// </summary>
public static class PostgresStoreServices
{
    /// <summary>The interfaces the PostgreSQL store does not implement yet (the team-server work goes on).</summary>
    internal static readonly Type[] NotYetServed =
    [
    ];

    public static IServiceCollection AddPostgresStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp => Open(sp.GetRequiredService<StoreSetup>()));
        services.AddSingleton<IStanceStore>(sp => sp.GetRequiredService<PostgresDatabase>());

        services.AddSingleton<IArticleStore, PostgresArticleStore>();
        services.AddSingleton<IReviewStore, PostgresReviewStore>();
        services.AddSingleton<IReclassificationStore, PostgresReclassificationStore>();
        services.AddSingleton<IActorStore, PostgresActorStore>();
        services.AddSingleton<ITopicStore, PostgresTopicStore>();
        services.AddSingleton<IUserStore, PostgresUserStore>();
        services.AddSingleton<Alerts.IAlertStore, PostgresAlertStore>();
        services.AddSingleton<INewsSourceStore, PostgresNewsSourceStore>();
        services.AddSingleton<IMatrixQuery, PostgresMatrixQuery>();
        services.AddSingleton<IPositionDatesQuery, PostgresPositionDatesQuery>();
        services.AddSingleton<ICellEvidenceQuery, PostgresCellEvidenceQuery>();
        services.AddSingleton<IShiftQuery, PostgresShiftQuery>();
        services.AddSingleton<IStatsQuery, PostgresStatsQuery>();
        services.AddSingleton<ITimelineQuery, PostgresTimelineQuery>();
        services.AddSingleton<IStatementListQuery, PostgresStatementListQuery>();
        services.AddSingleton<IStatementSearch, PostgresStatementSearch>();
        services.AddSingleton<ICatalogueQuery, PostgresCatalogueQuery>();
        services.AddSingleton<IExportQuery, PostgresExportQuery>();
        services.AddSingleton<ILeaderQuery, PostgresLeaderQuery>();
        services.AddSingleton<IReviewQueueQuery, PostgresReviewQueueQuery>();
        services.AddSingleton<IReviewLogQuery, PostgresReviewLogQuery>();
        services.AddSingleton<ITrainingExportQuery, PostgresTrainingExportQuery>();
        services.AddSingleton<IUnknownSpeakersQuery, PostgresUnknownSpeakersQuery>();
        services.AddSingleton<IStatementSourceQuery, PostgresStatementSourceQuery>();
        services.AddSingleton<IModelVersionQuery, PostgresModelVersionQuery>();
        services.AddSingleton<IArticleQueueStore, PostgresArticleQueueStore>();
        foreach (var missing in NotYetServed)
        {
            services.AddSingleton(missing, _ => throw new DatabaseUnusableException(
                $"the PostgreSQL store does not serve {missing.Name[1..]} yet; use a SQLite database file for this command"));
        }
        return services;
    }

    private static PostgresDatabase Open(StoreSetup setup)
    {
        var database = PostgresDatabase.Open(setup.DatabasePath);
        if (!setup.ReadOnly)
        {
            setup.Prepare(new PostgresTopicStore(database), new PostgresActorStore(database));
        }
        return database;
    }
}
