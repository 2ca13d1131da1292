using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>The SQLite engine's part of the composition: one file, and every store and query interface served from it.</summary>
public static class SqliteStoreServices
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp => Open(sp.GetRequiredService<StoreSetup>()));
        services.AddSingleton<IStanceStore>(sp => sp.GetRequiredService<SqliteDatabase>());

        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<IReviewStore, SqliteReviewStore>();
        services.AddSingleton<IActorStore, SqliteActorStore>();
        services.AddSingleton<ITopicStore, SqliteTopicStore>();
        services.AddSingleton<IReclassificationStore, SqliteReclassificationStore>();
        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<Alerts.IAlertStore, SqliteAlertStore>();
        services.AddSingleton<INewsSourceStore, SqliteNewsSourceStore>();

        services.AddSingleton<ICatalogueQuery, SqliteCatalogueQuery>();
        services.AddSingleton<ICellEvidenceQuery, SqliteCellEvidenceQuery>();
        services.AddSingleton<IExportQuery, SqliteExportQuery>();
        services.AddSingleton<ILeaderQuery, SqliteLeaderQuery>();
        services.AddSingleton<IMatrixQuery, SqliteMatrixQuery>();
        services.AddSingleton<IModelVersionQuery, SqliteModelVersionQuery>();
        services.AddSingleton<IArticleQueueStore, SqliteArticleQueueStore>();
        services.AddSingleton<IPositionDatesQuery, SqlitePositionDatesQuery>();
        services.AddSingleton<IReviewLogQuery, SqliteReviewLogQuery>();
        services.AddSingleton<IReviewQueueQuery, SqliteReviewQueueQuery>();
        services.AddSingleton<IShiftQuery, SqliteShiftQuery>();
        services.AddSingleton<IStatementListQuery, SqliteStatementListQuery>();
        services.AddSingleton<IStatementSearch, SqliteStatementSearch>();
        services.AddSingleton<IStatementSourceQuery, SqliteStatementSourceQuery>();
        services.AddSingleton<IStatsQuery, SqliteStatsQuery>();
        services.AddSingleton<ITimelineQuery, SqliteTimelineQuery>();
        services.AddSingleton<ITrainingExportQuery, SqliteTrainingExportQuery>();
        services.AddSingleton<IUnknownSpeakersQuery, SqliteUnknownSpeakersQuery>();
        return services;
    }

    // The stores are built here rather than resolved: they depend on the database being opened.
    private static SqliteDatabase Open(StoreSetup setup)
    {
        if (setup.ReadOnly)
        {
            return SqliteDatabase.OpenReadOnly(setup.DatabasePath);
        }
        var database = SqliteDatabase.Open(setup.DatabasePath);
        setup.Prepare(new SqliteTopicStore(database), new SqliteActorStore(database));
        return database;
    }
}
