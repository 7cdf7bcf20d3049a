namespace Velferd.Workflows.Studio.HostApi;

/// <summary>How many of the user's tasks are in each status (<c>/api/tasks/counts</c>).</summary>
public sealed record TaskCountsAnswer(long Open, long Claimed, long Completed, long Cancelled);
