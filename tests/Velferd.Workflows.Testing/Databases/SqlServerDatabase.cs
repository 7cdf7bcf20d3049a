using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence.SqlServer;

namespace Velferd.Workflows.Testing.Databases;

/// <summary>
/// A migrated database of its own (<c>velferd_test_…</c>) on the SQL Server named by <see cref="Variable"/>, dropped
/// afterwards. CI has no SQL Server: without the variable every test on it reports that it did not run (skipped with
/// <see cref="NotConfigured"/>, which <c>./test.sh</c> counts on a line of its own).
/// </summary>
public sealed class SqlServerDatabase : WorkflowTestDatabase
{
    /// <summary>The environment variable with a SQL Server connection string (a login that may create databases).</summary>
    public const string Variable = "VELFERD_TEST_SQLSERVER";

    /// <summary>The reason the tests give when there is no server.</summary>
    public const string NotConfigured = "Not run: no SQL Server here (set VELFERD_TEST_SQLSERVER to a connection string to run it).";

    private string? _server;
    private string? _name;

    /// <inheritdoc />
    public override string? Unavailable => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) ? NotConfigured : null;

    /// <inheritdoc />
    protected override async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        _server = Environment.GetEnvironmentVariable(Variable)!;
        _name = $"velferd_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE [{_name}]", cancellationToken);
        return new SqlConnectionStringBuilder(_server) { InitialCatalog = _name }.ConnectionString;
    }

    /// <inheritdoc />
    protected override void AddPersistence(IServiceCollection services, string connectionString) =>
        services.AddSqlServerWorkflowPersistence(connectionString);

    /// <inheritdoc />
    protected override async Task DropDatabaseAsync()
    {
        if (_name is not null)
        {
            SqlConnection.ClearAllPools();
            await ExecuteAsync($"ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]", CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(_server) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
