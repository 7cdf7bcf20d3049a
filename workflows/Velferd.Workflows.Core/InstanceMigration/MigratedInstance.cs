using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>
/// An instance moved to another version, ready to store: the instance pinned to the target (its state's activity ids
/// rewritten, <see cref="WorkflowInstance.Revision"/> still the one it was loaded at, for the concurrency check) and
/// the activity ids that rows stored with its waits (tasks, deadlines, outbox messages, bookmarks) must follow.
/// </summary>
/// <param name="Instance">The instance as it is to be stored.</param>
/// <param name="FromVersion">The version it was pinned to.</param>
/// <param name="RenamedActivities">Source activity id → target activity id, only where they differ.</param>
public sealed record MigratedInstance(WorkflowInstance Instance, int FromVersion, IReadOnlyDictionary<string, string> RenamedActivities);
