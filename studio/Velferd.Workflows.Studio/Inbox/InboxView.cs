namespace Velferd.Workflows.Studio.Inbox;

/// <summary>Which list the inbox shows.</summary>
public enum InboxView
{
    /// <summary>Tasks the user holds (<c>/api/tasks/mine</c>).</summary>
    Mine,

    /// <summary>The user's teams' tasks nobody holds (<c>/api/tasks/unclaimed</c>).</summary>
    Unclaimed,
}
