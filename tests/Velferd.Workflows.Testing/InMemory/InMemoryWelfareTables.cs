using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>The welfare stores' rows in memory, behind one lock so every write is atomic. Records are immutable, so they are shared safely.</summary>
public sealed class InMemoryWelfareTables
{
    internal object Gate { get; } = new();

    internal Dictionary<string, WelfareCase> Cases { get; } = new(StringComparer.Ordinal);

    internal List<CaseEvent> Events { get; } = [];

    internal Dictionary<string, Consent> Consents { get; } = new(StringComparer.Ordinal);

    internal List<WelfarePolicy> Policies { get; } = [];

    internal List<Notification> Notifications { get; } = [];

    internal List<CaseLogEntry> LogEntries { get; } = [];
}
