using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Velferd.Workflows.Persistence.Sqlite;

/// <summary>Registers the stores on Sqlite, with this assembly's migrations.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>Adds the workflow stores on Sqlite.</summary>
    public static IServiceCollection AddSqliteWorkflowPersistence(this IServiceCollection services, string connectionString) =>
        services.AddWorkflowPersistence(options => options.UseSqlite(connectionString, b => b.MigrationsAssembly(typeof(SqliteServiceCollectionExtensions).Assembly.GetName().Name)));
}
