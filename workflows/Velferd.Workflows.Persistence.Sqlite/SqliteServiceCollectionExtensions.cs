using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Persistence.Sqlite;

/// <summary>Registers the stores on Sqlite, with this assembly's migrations.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>Adds the workflow stores on Sqlite.</summary>
    /// <remarks>
    /// SQLite has one writer at a time, and Microsoft.Data.Sqlite waits out a busy database in steps of 150 ms, so
    /// bursts applied side by side mostly wait on each other's lock: the deadline benchmark resumed 2,000 instances in
    /// 36 s with 4 at a time and in 10 s with one. So every connection lets SQLite wait for the lock itself
    /// (<see cref="SqliteBusyTimeoutInterceptor"/>), and the dispatcher applies one stimulus at a time on SQLite unless
    /// <c>Workflows:Dispatcher:MaxConcurrency</c> says otherwise (the host registers persistence before the engine, so
    /// the engine's configuration binding runs after this default).
    /// </remarks>
    public static IServiceCollection AddSqliteWorkflowPersistence(this IServiceCollection services, string connectionString)
    {
        services.AddOptions<DispatcherOptions>().Configure(options => options.MaxConcurrency = 1);
        return services.AddWorkflowPersistence(options => options
            .UseSqlite(connectionString, b => b.MigrationsAssembly(typeof(SqliteServiceCollectionExtensions).Assembly.GetName().Name))
            .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance));
    }
}
