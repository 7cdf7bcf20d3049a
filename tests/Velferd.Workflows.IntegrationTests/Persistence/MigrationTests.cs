using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Persistence.Sqlite;
using Velferd.Workflows.Persistence.SqlServer;

namespace Velferd.Workflows.IntegrationTests.Persistence;

/// <summary>
/// The migrations of every provider, checked without a server (so SQL Server's too, which CI cannot run): each one's
/// snapshot matches the model, so no change was left without its migration, and the script from an empty database
/// creates every table.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_OfEachProvider_MatchTheModel(string provider)
    {
        using var services = ServicesFor(provider);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration for {provider}.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void MigrationScript_FromAnEmptyDatabase_CreatesEveryTable(string provider)
    {
        using var services = ServicesFor(provider);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        var script = db.Database.GetService<IMigrator>().GenerateScript();

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.Contains(table, script, StringComparison.Ordinal));
    }

    private static ServiceProvider ServicesFor(string provider)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        _ = provider switch
        {
            "Sqlite" => services.AddSqliteWorkflowPersistence("Data Source=:memory:"),
            "PostgreSql" => services.AddPostgreSqlWorkflowPersistence("Host=127.0.0.1;Database=velferd_offline"),
            _ => services.AddSqlServerWorkflowPersistence("Server=127.0.0.1;Database=velferd_offline;TrustServerCertificate=True"),
        };
        return services.BuildServiceProvider();
    }
}
