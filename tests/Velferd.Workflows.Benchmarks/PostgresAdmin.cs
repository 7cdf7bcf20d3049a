using Npgsql;

namespace Velferd.Workflows.Benchmarks;

/// <summary>Runs one statement on the benchmark's PostgreSQL server (create and drop databases, load generated rows).</summary>
internal static class PostgresAdmin
{
    /// <summary>How the benchmark's server keeps commits, for the figures' labels (run.sh --durable sets it).</summary>
    public static string Durability => Environment.GetEnvironmentVariable("VELFERD_PG_DURABLE") == "1"
        ? "durable: fsync, synchronous_commit, full_page_writes on"
        : "not durable: fsync, synchronous_commit, full_page_writes off";

    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A new database on the benchmark's server (<c>VELFERD_TEST_POSTGRES</c>): its name and connection string.</summary>
    public static async Task<(string Server, string Name, string ConnectionString)> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable("VELFERD_TEST_POSTGRES")!;
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        return (server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>The lines of <c>EXPLAIN ANALYZE</c> for <paramref name="sql"/>.</summary>
    public static async Task<List<string>> ExplainAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"EXPLAIN ANALYZE {sql}", connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0).Trim());
        }

        return lines;
    }
}
