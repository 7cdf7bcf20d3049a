using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Velferd.Workflows.Persistence.PostgreSql;

/// <summary>Registers the stores on PostgreSql, with this assembly's migrations.</summary>
public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>Adds the workflow stores on PostgreSql.</summary>
    public static IServiceCollection AddPostgreSqlWorkflowPersistence(this IServiceCollection services, string connectionString) =>
        services.AddWorkflowPersistence(options => options.UseNpgsql(connectionString, b => b.MigrationsAssembly(typeof(PostgreSqlServiceCollectionExtensions).Assembly.GetName().Name)));
}
