using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Velferd.Workflows.Persistence.Sqlite;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>) on every connection EF opens. Without it
/// Microsoft.Data.Sqlite retries a busy statement after sleeping 150 ms each time, so a writer that meets another
/// (the deadline pump and the dispatcher) loses 150 ms per collision and can be starved for seconds; SQLite's own busy
/// handler retries within a millisecond or two of the lock coming free.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public static SqliteBusyTimeoutInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
