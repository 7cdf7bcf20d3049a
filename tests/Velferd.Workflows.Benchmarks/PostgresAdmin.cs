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
}
