using Velferd.Workflows.Core.Deadlines;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>The deadline rows in memory, guarded by the <see cref="InMemoryDatabase"/>'s lock so bursts commit atomically with them.</summary>
public sealed class InMemoryDeadlineTable
{
    internal Dictionary<string, Row> Rows { get; } = new(StringComparer.Ordinal);

    internal sealed record Row(Deadline Deadline, string? ClaimToken, DateTimeOffset? ClaimExpiresAt);
}
