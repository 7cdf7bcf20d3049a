namespace Velferd.Workflows.Host.Instances;

/// <summary>A page of instances with the cursor for the next.</summary>
public sealed record InstanceList(IReadOnlyList<InstanceSummary> Items, string? NextCursor, long TotalCount);
