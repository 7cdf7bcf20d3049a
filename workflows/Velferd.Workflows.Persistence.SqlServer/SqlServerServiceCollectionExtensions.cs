using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Velferd.Workflows.Persistence.SqlServer;

/// <summary>Registers the stores on SqlServer, with this assembly's migrations.</summary>
public static class SqlServerServiceCollectionExtensions
{
    /// <summary>Adds the workflow stores on SqlServer.</summary>
    public static IServiceCollection AddSqlServerWorkflowPersistence(this IServiceCollection services, string connectionString) =>
        services.AddWorkflowPersistence(options => options.UseSqlServer(connectionString, b => b.MigrationsAssembly(typeof(SqlServerServiceCollectionExtensions).Assembly.GetName().Name)));
}
