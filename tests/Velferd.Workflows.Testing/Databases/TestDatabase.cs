using Npgsql;

namespace Velferd.Workflows.Testing.Databases;

/// <summary>The databases the host is tested on.</summary>
public enum DatabaseKind
{
    /// <summary>A temporary SQLite file.</summary>
    Sqlite,

    /// <summary>A fresh database on the throwaway server that <c>./test.sh</c> starts.</summary>
    PostgreSql,
}

/// <summary>A new, empty database of one kind; dropped (or deleted) on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable <c>./test.sh</c> sets to the throwaway PostgreSQL server.</summary>
    public const string PostgresVariable = "VELFERD_TEST_POSTGRES";

    private TestDatabase(DatabaseKind kind, string connectionString, Func<ValueTask> drop)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private static readonly string[] SqliteFileSuffixes = ["", "-wal", "-shm"];

    private readonly Func<ValueTask> _drop;

    /// <summary>Which kind.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>How to reach it.</summary>
    public string ConnectionString { get; }

    /// <summary>The configuration key the host reads for this kind.</summary>
    public string ConnectionStringName => Kind == DatabaseKind.Sqlite ? "Sqlite" : "PostgreSql";

    /// <summary>Creates an empty database.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"velferd-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(kind, $"Data Source={file}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in SqliteFileSuffixes)
                {
                    File.Delete(file + suffix);
                }

                return ValueTask.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        }

        var name = $"velferd_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(kind, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _drop();
}
