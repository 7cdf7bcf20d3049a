namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A list answer with a total (<c>/api/definitions</c>, <c>/api/deadlines</c>).</summary>
public sealed record ListAnswer<T>(IReadOnlyList<T> Items, long TotalCount);
