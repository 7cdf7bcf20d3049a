namespace Velferd.Workflows.Welfare.Audit;

/// <summary>
/// The append-only audit log. There is deliberately no update or delete: a row, once written, stays (the
/// databases refuse a change or delete by trigger as well).
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// True when an answered read's row may be written by the read's own query, in the same round trip, once the
    /// endpoint has decided to answer (<see cref="Core.Access.AuditedRequest.Allowed"/>); false to append every read's
    /// row through <see cref="AppendAsync"/>.
    /// </summary>
    bool WritesReadRowsWithTheRead { get; }

    /// <summary>Appends a row in its own save (a read's row; a write's row goes into the write's own save).</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The rows the query asks for, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);
}
