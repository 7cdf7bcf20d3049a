namespace Velferd.Workflows.Core.Instances;

/// <summary>
/// A commit lost a race: the instance was saved by someone else since it was loaded, or the stimulus's lease
/// passed to another dispatcher. Nothing of the commit was stored; the stimulus is retried on fresh state.
/// </summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
