namespace Velferd.Workflows.Studio.Inbox;

/// <summary>The inbox's first page as the prerender showed it: the rows, the next page's cursor and when it was read.</summary>
public sealed record InboxSnapshot(IReadOnlyList<InboxRow> Rows, string? NextCursor, string? Updated);
