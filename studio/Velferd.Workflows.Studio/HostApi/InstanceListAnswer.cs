namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A page of <c>/api/instances</c> with the cursor of the next.</summary>
public sealed record InstanceListAnswer(IReadOnlyList<InstanceAnswer> Items, string? NextCursor, long TotalCount);
