using System.Data.Common;

namespace Velferd.Workflows.Scheduling.Quartz;

/// <summary>
/// Where Quartz keeps its jobs and triggers: in memory on each node (the single-node SQLite default), or in the
/// workflow database as one clustered job store shared by every node (PostgreSQL, SQL Server).
/// </summary>
/// <remarks>
/// In the clustered store the pump job and its triggers exist once for the whole cluster, so one node runs the pump
/// at a time (<c>[DisallowConcurrentExecution]</c> holds across nodes) and a node that dies hands its triggers to the
/// others. A deadline still fires once because claiming its row is what fires it, whichever node runs the pump.
/// </remarks>
public sealed record SchedulerJobStore
{
    private SchedulerJobStore(SchedulerDatabase database, DbProviderFactory? factory, string? connectionString)
    {
        Database = database;
        Factory = factory;
        ConnectionString = connectionString;
    }

    /// <summary>Quartz's in-memory store on every node.</summary>
    public static SchedulerJobStore InMemory { get; } = new(SchedulerDatabase.InMemory, null, null);

    /// <summary>Which database, if any.</summary>
    public SchedulerDatabase Database { get; }

    /// <summary>The ADO.NET provider (the host passes the one its persistence project uses).</summary>
    public DbProviderFactory? Factory { get; }

    /// <summary>The connection string of the workflow database.</summary>
    public string? ConnectionString { get; }

    /// <summary>The clustered store in a PostgreSQL database.</summary>
    public static SchedulerJobStore PostgreSql(DbProviderFactory factory, string connectionString) => new(SchedulerDatabase.PostgreSql, factory, connectionString);

    /// <summary>The clustered store in a SQL Server database.</summary>
    public static SchedulerJobStore SqlServer(DbProviderFactory factory, string connectionString) => new(SchedulerDatabase.SqlServer, factory, connectionString);
}

/// <summary>The databases Quartz's clustered store runs on here.</summary>
public enum SchedulerDatabase
{
    /// <summary>No database: Quartz's in-memory store.</summary>
    InMemory,

    /// <summary>PostgreSQL.</summary>
    PostgreSql,

    /// <summary>SQL Server.</summary>
    SqlServer,
}
