using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>An overdue task in the overview: its team, its inbox row, and who holds it.</summary>
public sealed record OverdueRow(string Team, InboxRow Row, string? AssignedTo);
