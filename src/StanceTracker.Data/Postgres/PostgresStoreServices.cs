using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// The PostgreSQL engine's part of the composition, chosen when <c>--db</c> is a connection string. It serves ingest
/// (articles, topics, the catalogue) and the matrix so far; asking it for anything else says so in one line.
/// </summary>
public static class PostgresStoreServices
{
    /// <summary>The interfaces the PostgreSQL store does not implement yet (the team-server work goes on).</summary>
    internal static readonly Type[] NotYetServed =
    [
        typeof(IReviewStore), typeof(IReclassificationStore), typeof(ICatalogueQuery), typeof(ICellEvidenceQuery),
        typeof(IExportQuery), typeof(ILeaderQuery), typeof(IReviewQueueQuery), typeof(IShiftQuery), typeof(IStatementListQuery),
        typeof(IStatementSearch), typeof(IStatementSourceQuery), typeof(IModelVersionQuery), typeof(IStatsQuery), typeof(ITimelineQuery), typeof(ITrainingExportQuery), typeof(IUnknownSpeakersQuery),
    ];

    public static IServiceCollection AddPostgresStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp => Open(sp.GetRequiredService<StoreSetup>()));
        services.AddSingleton<IStanceStore>(sp => sp.GetRequiredService<PostgresDatabase>());

        services.AddSingleton<IArticleStore, PostgresArticleStore>();
        services.AddSingleton<IActorStore, PostgresActorStore>();
        services.AddSingleton<ITopicStore, PostgresTopicStore>();
        services.AddSingleton<IMatrixQuery, PostgresMatrixQuery>();
        services.AddSingleton<IPositionDatesQuery, PostgresPositionDatesQuery>();
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
