using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Persistence.Sqlite;
using Velferd.Workflows.Persistence.SqlServer;
using Velferd.Workflows.Scheduling.Quartz;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>Which database the host uses: PostgreSQL or SQL Server when its connection string is set, else SQLite.</summary>
public static class DatabaseSelection
{
    /// <summary>The SQLite file used when nothing else is configured.</summary>
    public const string DefaultSqlite = "Data Source=velferd-workflows.db";

    /// <summary>Registers the stores for the configured database; returns its name for the start-up log.</summary>
    public static string AddConfiguredPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("PostgreSql") is { Length: > 0 } postgres)
        {
            services.AddPostgreSqlWorkflowPersistence(postgres);
            return "PostgreSQL";
        }

        if (configuration.GetConnectionString("SqlServer") is { Length: > 0 } sqlServer)
        {
            services.AddSqlServerWorkflowPersistence(sqlServer);
            return "SQL Server";
        }

        services.AddSqliteWorkflowPersistence(configuration.GetConnectionString("Sqlite") is { Length: > 0 } sqlite ? sqlite : DefaultSqlite);
        return "SQLite";
    }

    /// <summary>
    /// Quartz's job store for the configured database: clustered in the same database on PostgreSQL and SQL Server,
    /// in memory on SQLite (one node).
    /// </summary>
    public static SchedulerJobStore SchedulerJobStore(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("PostgreSql") is { Length: > 0 } postgres)
        {
            return Velferd.Workflows.Scheduling.Quartz.SchedulerJobStore.PostgreSql(Npgsql.NpgsqlFactory.Instance, postgres);
        }

        return configuration.GetConnectionString("SqlServer") is { Length: > 0 } sqlServer
            ? Velferd.Workflows.Scheduling.Quartz.SchedulerJobStore.SqlServer(Microsoft.Data.SqlClient.SqlClientFactory.Instance, sqlServer)
            : Velferd.Workflows.Scheduling.Quartz.SchedulerJobStore.InMemory;
    }
}
